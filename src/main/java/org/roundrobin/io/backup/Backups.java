package org.roundrobin.io.backup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundrobin.http.ProblemException;

/**
 * A consistent copy of the H2 database while the service runs: H2's {@code BACKUP TO} writes the database file
 * into a zip without stopping writers (it copies the transaction log too). PostgreSQL has its own tool, pg_dump.
 */
@ApplicationScoped
public class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "roundrobin.backup.directory", defaultValue = "./data/backups")
    Path directory;

    public record Backup(String file, String path, long sizeBytes, Instant createdAt) {
    }

    public synchronized Backup backup() {
        if (!"h2".equalsIgnoreCase(dbKind)) {
            throw new ProblemException(409, "Back up PostgreSQL with pg_dump", "This Round Robin keeps its data in PostgreSQL, which "
                    + "backs up with its own tool: pg_dump -Fc -f roundrobin.dump <database> (restore with pg_restore -d <database> "
                    + "roundrobin.dump). See \"Your data\" in the README.", List.of())
                    .with("command", "pg_dump -Fc -f roundrobin-$(date +%Y%m%d-%H%M%S).dump roundrobin");
        }
        if (url.contains(":mem:")) {
            throw ProblemException.conflict("The database is in memory (" + url + "): there is no file to back up");
        }
        Instant now = Instant.now();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("roundrobin-" + STAMP.format(now) + ".zip").toAbsolutePath().normalize();
            for (int n = 2; Files.exists(file); n++) {
                file = directory.resolve("roundrobin-" + STAMP.format(now) + "-" + n + ".zip").toAbsolutePath().normalize();
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            return new Backup(file.getFileName().toString(), file.toString(), Files.size(file), now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write the backup: " + e.getMessage(), e);
        }
    }
}
