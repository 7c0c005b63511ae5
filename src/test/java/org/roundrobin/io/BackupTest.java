package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.suffix;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.FreshDatabaseProfile;

/** The backup endpoint against a real H2 file database, and the documented restore (H2's own Restore tool). */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class BackupTest {

    @Test
    void aBackupTakenWhileRunningRestoresToTheDataAsOfTheBackup() throws Exception {
        Assumptions.assumeFalse(FreshDatabaseProfile.postgres(), "H2 only: PostgreSQL backs up with pg_dump");
        String kept = "kept-" + suffix(), later = "later-" + suffix();
        json().body(Map.of("slug", kept, "name", "Before the backup", "jurisdiction", "SCOTLAND")).post("/api/authorities").then().statusCode(201);

        String path = given().post("/api/admin/backup").then().statusCode(201)
                .body("file", matchesPattern("roundrobin-\\d{8}-\\d{6}(-\\d+)?\\.zip")).body("sizeBytes", greaterThan(0))
                .extract().path("path");
        Path zip = Path.of(path);
        assertTrue(zip.startsWith(FreshDatabaseProfile.DIR.resolve("backups")), "in the configured directory: " + zip);

        // Life goes on after the backup.
        json().body(Map.of("name", "Renamed after the backup", "jurisdiction", "SCOTLAND")).put("/api/authorities/" + kept).then().statusCode(200);
        json().body(Map.of("slug", later, "name", "Created after the backup", "jurisdiction", "SCOTLAND")).post("/api/authorities").then().statusCode(201);

        // The documented restore, into a fresh directory: java -cp h2.jar org.h2.tools.Restore -file <zip> -dir <dir> -db roundrobin
        Path fresh = Files.createTempDirectory(FreshDatabaseProfile.DIR, "restored-");
        org.h2.tools.Restore.execute(zip.toString(), fresh.toString(), "roundrobin");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + fresh.resolve("roundrobin") + ";IFEXISTS=TRUE", "sa", "")) {
            assertEquals("Before the backup", one(c, "select name from authority where slug = '" + kept + "'"));
            assertEquals("0", one(c, "select count(*) from authority where slug = '" + later + "'"));
            long migrations;
            try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
                migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
            assertEquals(String.valueOf(migrations), one(c, "select count(*) from \"flyway_schema_history\" where \"success\" and \"version\" is not null"),
                    "the schema came along: every migration");
        }
        given().get("/api/authorities/" + kept).then().body("name", is("Renamed after the backup"));
    }

    @Test
    void onPostgresqlTheEndpointSaysToUsePgDump() {
        Assumptions.assumeTrue(FreshDatabaseProfile.postgres(), "PostgreSQL only");
        problem(given().post("/api/admin/backup").then(), 409).body("detail", containsString("pg_dump")).body("command", startsWith("pg_dump"));
    }

    private static String one(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
