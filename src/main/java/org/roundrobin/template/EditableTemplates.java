package org.roundrobin.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named Qute templates that people may edit, each with the parameters it may use declared in one place
 * ({@link Spec}). A file in the override directory wins over the built-in one of the same name (shipped in the
 * jar under {@code builtInPrefix}, from the repo's {@code templates/}). Every template is parsed and checked when
 * registered and on {@link #reload()}: an unknown parameter is refused then, naming the file, line and name,
 * never while a letter is being rendered. A first line {@code Subject: ...} is the subject (a template of its own).
 * Not tied to mail: any feature can register a template (e.g. a complaint pack in Markdown).
 */
public final class EditableTemplates {

    /**
     * A template: its name, the text file (e.g. {@code request.txt}), an optional HTML file, whether the first
     * line must be a subject, and the only parameters it may use.
     */
    public record Spec(String name, String textFile, String htmlFile, boolean subjectRequired, Set<String> parameters) {
        public Spec {
            parameters = Set.copyOf(parameters);
        }

        /** An email: {@code name.txt} with a Subject line, and {@code name.html} if someone provides one. */
        public static Spec email(String name, Set<String> parameters) {
            return new Spec(name, name + ".txt", name + ".html", true, parameters);
        }

        /** A document, e.g. {@code complaint-pack.md}: named after the file without its extension; no subject needed. */
        public static Spec document(String fileName, Set<String> parameters) {
            int dot = fileName.lastIndexOf('.');
            return new Spec(dot > 0 ? fileName.substring(0, dot) : fileName, fileName, null, false, parameters);
        }
    }

    /** A rendered template; subject and html are null when the template has none. */
    public record Rendered(String subject, String text, String html) {
    }

    /** Where a loaded file came from: the override directory (its path) or "built-in". */
    public record Source(String name, String file, String origin) {
    }

    /** A template refused when loaded: which file, which line, which name (or what else is wrong). */
    public static final class Invalid extends RuntimeException {
        public final String file;
        public final int line;
        public final String parameter;

        Invalid(String file, int line, String parameter, String message) {
            super(file + (line > 0 ? " line " + line : "") + ": " + message);
            this.file = file;
            this.line = line;
            this.parameter = parameter;
        }
    }

    private record Part(Template template, String file, int lineOffset) {
    }

    private record Loaded(Spec spec, Part subject, Part text, Part html, List<Source> sources) {
    }

    private static final Pattern SUBJECT = Pattern.compile("^Subject:[ \\t]?(.*)$");

    private final Engine engine;
    private final Path overrideDir;
    private final String builtInPrefix;
    private final Map<String, Loaded> loaded = new LinkedHashMap<>();

    public EditableTemplates(Engine engine, Path overrideDir, String builtInPrefix) {
        this.engine = engine;
        this.overrideDir = overrideDir;
        this.builtInPrefix = builtInPrefix.endsWith("/") ? builtInPrefix : builtInPrefix + "/";
    }

    /** Loads and checks one template now (replacing an earlier registration of the same name). */
    public synchronized void register(Spec spec) {
        loaded.put(spec.name(), load(spec));
    }

    /** Re-reads every registered template; if any is invalid none is replaced and the first fault is thrown. */
    public synchronized List<Source> reload() {
        Map<String, Loaded> fresh = new LinkedHashMap<>();
        for (Loaded l : loaded.values()) fresh.put(l.spec().name(), load(l.spec()));
        loaded.putAll(fresh);
        return sources();
    }

    public synchronized List<Source> sources() {
        return loaded.values().stream().flatMap(l -> l.sources().stream()).toList();
    }

    public synchronized Spec spec(String name) {
        return get(name).spec();
    }

    /** Renders a registered template with exactly its declared parameters. */
    public Rendered render(String name, Map<String, Object> values) {
        Loaded l;
        synchronized (this) {
            l = get(name);
        }
        if (!values.keySet().equals(l.spec().parameters())) {
            Set<String> missing = new TreeSet<>(l.spec().parameters());
            missing.removeAll(values.keySet());
            Set<String> extra = new TreeSet<>(values.keySet());
            extra.removeAll(l.spec().parameters());
            throw new IllegalArgumentException("Template '" + name + "' takes " + new TreeSet<>(l.spec().parameters())
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; undeclared " + extra));
        }
        String subject = l.subject() == null ? null : render(l.subject(), values).strip();
        String text = render(l.text(), values);
        String html = l.html() == null ? null : render(l.html(), values);
        return new Rendered(subject, text, html);
    }

    private Loaded get(String name) {
        Loaded l = loaded.get(name);
        if (l == null) throw new IllegalArgumentException("No template named '" + name + "' is registered");
        return l;
    }

    private static String render(Part part, Map<String, Object> values) {
        var instance = part.template().instance();
        values.forEach(instance::data);
        return instance.render();
    }

    private Loaded load(Spec spec) {
        List<Source> sources = new ArrayList<>();
        String text = read(spec.textFile(), sources, spec.name());
        if (text == null) throw new Invalid(spec.textFile(), 0, null, "not found in " + overrideDir + " nor built in");
        text = text.replace("\r\n", "\n");
        Part subject = null;
        int offset = 0;
        String firstLine = text.lines().findFirst().orElse("");
        Matcher m = SUBJECT.matcher(firstLine);
        if (m.matches()) {
            subject = parse(spec, spec.textFile(), m.group(1), Variant.TEXT_PLAIN, 0);
            text = text.indexOf('\n') < 0 ? "" : text.substring(text.indexOf('\n') + 1);
            offset = 1;
            if (text.startsWith("\n")) {
                text = text.substring(1);
                offset = 2;
            }
        } else if (spec.subjectRequired()) {
            throw new Invalid(spec.textFile(), 1, null, "the first line must be the subject, e.g. \"Subject: Freedom of Information request\"");
        }
        Part body = parse(spec, spec.textFile(), text, Variant.TEXT_PLAIN, offset);
        Part html = null;
        if (spec.htmlFile() != null) {
            String h = read(spec.htmlFile(), sources, spec.name());
            if (h != null) html = parse(spec, spec.htmlFile(), h, Variant.TEXT_HTML, 0);
        }
        return new Loaded(spec, subject, body, html, List.copyOf(sources));
    }

    private Part parse(Spec spec, String file, String content, String contentType, int lineOffset) {
        Template t;
        try {
            t = engine.parse(content, new Variant(Locale.UK, StandardCharsets.UTF_8, contentType), "letter:" + file + "#" + lineOffset);
        } catch (TemplateException e) {
            int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine() + lineOffset;
            throw new Invalid(file, line, null, "cannot be parsed: " + e.getMessage());
        }
        List<TemplateCheck.Unknown> unknown = TemplateCheck.unknown(t, spec.parameters());
        if (!unknown.isEmpty()) {
            TemplateCheck.Unknown u = unknown.get(0);
            throw new Invalid(file, u.line() + lineOffset, u.name(), "unknown parameter '" + u.name() + "'; "
                    + spec.name() + " templates may use " + new TreeSet<>(spec.parameters()));
        }
        return new Part(t, file, lineOffset);
    }

    private String read(String file, List<Source> sources, String name) {
        try {
            Path override = overrideDir == null ? null : overrideDir.resolve(file);
            if (override != null && Files.isRegularFile(override)) {
                sources.add(new Source(name, file, override.toAbsolutePath().toString()));
                return Files.readString(override, StandardCharsets.UTF_8);
            }
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            try (InputStream in = cl == null ? null : cl.getResourceAsStream(builtInPrefix + file)) {
                if (in == null) return null;
                sources.add(new Source(name, file, "built-in"));
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + file, e);
        }
    }
}
