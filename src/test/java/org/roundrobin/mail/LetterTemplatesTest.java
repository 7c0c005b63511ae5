package org.roundrobin.mail;

import org.roundrobin.template.AppTemplates;
import org.roundrobin.template.EditableTemplates;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template loader on its own (a plain Qute engine, the shipped templates and an override directory). */
class LetterTemplatesTest {

    @TempDir
    Path dir;

    // As Quarkus configures it: HTML parts escaped.
    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new io.quarkus.qute.HtmlEscaper(List.of("text/html"))).build();

    private EditableTemplates templates() {
        return new EditableTemplates(engine, dir, AppTemplates.BUILT_IN);
    }

    @Test
    void everyShippedTemplateLoadsWithItsDeclaredParameters() {
        EditableTemplates t = templates();
        for (LetterKind k : LetterKind.values()) t.register(k.spec());
        t.register(Digest.SPEC);
        assertEquals(5, t.sources().size());
        assertTrue(t.sources().stream().allMatch(s -> s.origin().equals("built-in")));
    }

    @Test
    void anUnknownParameterIsRefusedWhenLoadedWithFileLineAndName() throws IOException {
        Files.writeString(dir.resolve("chaser-1.txt"), "Subject: Late {campaign}\n\nDear {authority},\n\nYou owe us {bribe}.\n");
        EditableTemplates.Invalid e = assertThrows(EditableTemplates.Invalid.class, () -> templates().register(LetterKind.CHASER_1.spec()));
        assertEquals("chaser-1.txt", e.file);
        assertEquals(5, e.line);
        assertEquals("bribe", e.parameter);
        assertTrue(e.getMessage().startsWith("chaser-1.txt line 5: unknown parameter 'bribe'"), e.getMessage());
    }

    @Test
    void anUnknownParameterInTheSubjectIsOnLineOne() throws IOException {
        Files.writeString(dir.resolve("request.txt"), "Subject: {subjectLine}\nBody {authority}\n");
        EditableTemplates.Invalid e = assertThrows(EditableTemplates.Invalid.class, () -> templates().register(LetterKind.REQUEST.spec()));
        assertEquals(1, e.line);
        assertEquals("subjectLine", e.parameter);
    }

    @Test
    void loopVariablesAreKnownInsideTheLoopOnly() throws IOException {
        Files.writeString(dir.resolve("request.txt"), "Subject: x\n{#for q in questions}\n{q.number} {q_index} {q.text}\n{/for}\n{q.text}\n");
        EditableTemplates.Invalid e = assertThrows(EditableTemplates.Invalid.class, () -> templates().register(LetterKind.REQUEST.spec()));
        assertEquals("q", e.parameter);
        assertEquals(5, e.line);
    }

    @Test
    void namespacesAreRefused() throws IOException {
        Files.writeString(dir.resolve("request.txt"), "Subject: x\n{config:['quarkus.datasource.password']}\n");
        EditableTemplates.Invalid e = assertThrows(EditableTemplates.Invalid.class, () -> templates().register(LetterKind.REQUEST.spec()));
        assertEquals("config:", e.parameter);
        assertEquals(2, e.line);
    }

    @Test
    void aLetterWithoutASubjectLineIsRefused() throws IOException {
        Files.writeString(dir.resolve("review-request.txt"), "Dear {authority}\n");
        EditableTemplates.Invalid e = assertThrows(EditableTemplates.Invalid.class, () -> templates().register(LetterKind.REVIEW_REQUEST.spec()));
        assertEquals(1, e.line);
        assertTrue(e.getMessage().contains("Subject:"), e.getMessage());
    }

    @Test
    void anOverrideWinsAndAnHtmlPartIsEscaped() throws IOException {
        Files.writeString(dir.resolve("request.txt"), "Subject: Ask {authority}\r\n\r\nHello {authority}\r\n");
        Files.writeString(dir.resolve("request.html"), "<p>Hello {authority}</p>");
        EditableTemplates t = templates();
        t.register(LetterKind.REQUEST.spec());
        Map<String, Object> values = new java.util.HashMap<>();
        LetterKind.REQUEST.parameters.forEach(p -> values.put(p, ""));
        values.put("authority", "A & B <Police>");
        values.put("questions", List.of());
        EditableTemplates.Rendered r = t.render("request", values);
        assertEquals("Ask A & B <Police>", r.subject());
        assertEquals("Hello A & B <Police>\n", r.text());
        assertEquals("<p>Hello A &amp; B &lt;Police&gt;</p>", r.html());
        assertTrue(t.sources().stream().anyMatch(s -> s.file().equals("request.html") && s.origin().startsWith(dir.toString())));
    }

    @Test
    void reloadRefusesABrokenEditAndKeepsTheWorkingTemplate() throws IOException {
        EditableTemplates t = templates();
        Files.writeString(dir.resolve("pack.md"), "# Complaint about {authority}\n");
        t.register(EditableTemplates.Spec.document("pack.md", Set.of("authority")));
        Files.writeString(dir.resolve("pack.md"), "# Complaint about {authority}\n\n{caseRef}\n");
        EditableTemplates.Invalid e = assertThrows(EditableTemplates.Invalid.class, t::reload);
        assertEquals("pack.md", e.file);
        assertEquals(3, e.line);
        assertEquals("# Complaint about Kent Police\n", t.render("pack", Map.of("authority", "Kent Police")).text());
        assertNull(t.render("pack", Map.of("authority", "x")).subject());
    }

    @Test
    void renderingNeedsExactlyTheDeclaredParameters() throws IOException {
        Files.writeString(dir.resolve("pack.md"), "{authority}\n");
        EditableTemplates t = templates();
        t.register(EditableTemplates.Spec.document("pack.md", Set.of("authority", "regulator")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.render("pack", Map.of("authority", "x")));
        assertTrue(e.getMessage().contains("missing [regulator]"), e.getMessage());
    }
}
