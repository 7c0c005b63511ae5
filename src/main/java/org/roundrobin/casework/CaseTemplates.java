package org.roundrobin.casework;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundrobin.http.ProblemException;

/**
 * Finds a campaigner-editable template: {@code <roundrobin.templates.dir>/<name>} if that file exists (read on
 * every use, so edits apply at once), else the copy shipped in the jar. Deliberately tiny and self-contained so a
 * general template loader can replace it.
 */
@ApplicationScoped
public class CaseTemplates {

    static final String SHIPPED = "/org/roundrobin/casework/templates/";

    @Inject
    Engine engine;
    @ConfigProperty(name = "roundrobin.templates.dir", defaultValue = "templates")
    String dir;

    public Template get(String name) {
        String text = read(Path.of(dir), name);
        try {
            return engine.parse(text, null, name);
        } catch (TemplateException e) {
            throw broken(name, e);
        }
    }

    /** The template's text from the override directory, or the shipped copy. */
    static String read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
            try (InputStream in = CaseTemplates.class.getResourceAsStream(SHIPPED + name)) {
                if (in == null) throw new IllegalStateException("No template " + name + " in " + dir + " or in the application");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + file, e);
        }
    }

    /** A template a campaigner edited into an error: say which and where, rather than a bare 500. */
    static ProblemException broken(String name, RuntimeException e) {
        return new ProblemException(500, "Template error", "The template " + name + " cannot be used: " + e.getMessage()
                + " (fix it in the templates directory, or delete it to use the shipped copy)", List.of());
    }
}
