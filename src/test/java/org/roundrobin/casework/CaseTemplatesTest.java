package org.roundrobin.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complaint-pack template: the campaigner's copy when there is one, else the shipped one. */
class CaseTemplatesTest {

    @Test
    void anEditedTemplateInTheDirectoryWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("complaint-pack.md"), "My own pack for {pack.authority}");
        assertEquals("My own pack for {pack.authority}", CaseTemplates.read(dir, "complaint-pack.md"));
    }

    @Test
    void withoutOneTheShippedCopyIsUsed(@TempDir Path dir) throws Exception {
        String shipped = CaseTemplates.read(dir, "complaint-pack.md");
        assertEquals(Files.readString(Path.of("templates/complaint-pack.md")), shipped,
                "the repository's editable copy and the shipped fallback are the same text");
        assertEquals(Files.readString(Path.of("templates/complaint-pack.txt")), CaseTemplates.read(dir, "complaint-pack.txt"));
    }

    @Test
    void anUnknownTemplateIsAnError(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> CaseTemplates.read(dir, "no-such-template.md"));
    }
}
