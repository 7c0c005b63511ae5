package org.roundrobin.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one test profile with a database of its own (costs one app restart): restores need an EMPTY database,
 * and H2's BACKUP TO needs a file database, while every other test shares the in-memory one. On H2: a fresh file
 * database under target/; on PostgreSQL: a schema of its own next to the run's (dropped when the JVM exits).
 * The shipped directory is not loaded, so the database starts empty.
 */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    public static final Path DIR = Path.of("target", "io-db-" + System.currentTimeMillis()).toAbsolutePath();

    public static boolean postgres() {
        return System.getProperty("quarkus.test.profile", "test").contains("pgtest");
    }

    public static String schema() {
        return System.getProperty("pg.schema", "rr_test") + "_io";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> m = new HashMap<>();
        m.put("roundrobin.directory.seed", "false");
        m.put("quarkus.flyway.clean-disabled", "false");
        m.put("roundrobin.backup.directory", DIR.resolve("backups").toString());
        if (postgres()) {
            dropAtExit();
            m.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema());
            m.put("quarkus.flyway.schemas", schema());
            m.put("quarkus.flyway.default-schema", schema());
        } else {
            m.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DIR.resolve("roundrobin") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        return m;
    }

    private static boolean dropping;

    /** The profile's PostgreSQL schema goes when the test JVM ends, whichever test class ran last. */
    private static synchronized void dropAtExit() {
        if (dropping) return;
        dropping = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                 var s = c.createStatement()) {
                s.execute("drop schema if exists " + schema() + " cascade");
            } catch (java.sql.SQLException e) {
                System.err.println("Could not drop schema " + schema() + ": " + e.getMessage());
            }
        }));
    }
}
