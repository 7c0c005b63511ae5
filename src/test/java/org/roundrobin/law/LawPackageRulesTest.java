package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package's own rules (style.md): no framework imports, small files. */
class LawPackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/roundrobin/law");

    @Test
    void importsOnlyTheJdkAndJollyday() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            for (String line : Files.readAllLines(file)) {
                String s = line.strip();
                if (s.startsWith("import ") && !(s.matches("import (static )?java\\..*")
                        || s.startsWith("import de.focus_shift.jollyday.core.")
                        || s.matches("import (static )?org\\.roundrobin\\.law\\.[A-Z].*"))) {
                    offending.add(file.getFileName() + ": " + s);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void filesStaySmall() throws IOException {
        List<Path> files = sources();
        assertTrue(files.size() > 10);
        for (Path file : files) {
            int lines = Files.readAllLines(file).size();
            assertTrue(lines < 300, file + " has " + lines + " lines");
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
