package org.roundrobin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service ({@code target/quarkus-app/quarkus-run.jar}) on one PostgreSQL schema and one
 * real SMTP server (GreenMail, in this JVM). The chaser job runs on both at the same moment for a 500-authority
 * campaign; every chaser must arrive exactly once. Runs in {@code mvn verify -Ppostgres} (failsafe, after package).
 */
class TwoInstancesIT {

    static final int AUTHORITIES = 500;
    static final String PASSWORD = "it-admin-password";
    static final String SCHEMA = "rr_it_" + System.currentTimeMillis();
    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static GreenMail smtp;
    static final List<Process> instances = new ArrayList<>();
    static final List<String> urls = new ArrayList<>();
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        work = Files.createTempDirectory("rr-two-instances");
        // One after the other: the first migrates the schema and loads the shipped directory, as a rolling start would.
        for (String name : List.of("a", "b")) startInstance(name);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : instances) {
            p.destroy();
            p.waitFor();
        }
        if (smtp != null) smtp.stop();
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        try (var c = DriverManager.getConnection(PG, "postgres", "")) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void theChaserJobOnBothInstancesAtOnceSendsEveryChaserExactlyOnce() throws Exception {
        String a = urls.get(0), b = urls.get(1);
        StringBuilder csv = new StringBuilder("slug,name,jurisdiction,tags,foi_email,email_confirmed\n");
        for (int i = 0; i < AUTHORITIES; i++) {
            csv.append("it-body-").append(i).append(",IT Body ").append(i).append(",ENGLAND_WALES,it-bodies,foi-").append(i)
                    .append("@bodies.example.org,true\n");
        }
        call(a, "POST", "/api/authorities/import", "text/csv", csv.toString(), 200);
        call(a, "POST", "/api/campaigns", "application/json", """
                {"title":"Two instances","slug":"two-instances","requestText":"Please send me the policy.",
                 "questions":[{"number":1,"label":"Policy"}],
                 "requester":{"name":"A Campaigner","email":"campaigner@example.org"},"targets":{"tag":"it-bodies"}}""", 201);
        // Sent long ago: every request is overdue, and the campaign's chasers go without approval.
        String launched = call(a, "POST", "/api/campaigns/two-instances/launch", "application/json", "{\"sentOn\":\"2025-01-06\"}", 200);
        assertTrue(launched.contains("\"requests\":" + AUTHORITIES), launched);
        call(b, "PUT", "/api/campaigns/two-instances/mail-settings", "application/json", "{\"chasers\":\"AUTO\",\"digest\":false}", 200);

        // Both instances run the chaser job at once; each instance's sender then sends what it can claim.
        CompletableFuture<String> onA = CompletableFuture.supplyAsync(() -> call(a, "POST", "/api/admin/jobs/chaser", null, null, 200));
        CompletableFuture<String> onB = CompletableFuture.supplyAsync(() -> call(b, "POST", "/api/admin/jobs/chaser", null, null, 200));
        String ranA = onA.get(), ranB = onB.get();

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (smtp.getReceivedMessages().length < AUTHORITIES && System.nanoTime() < deadline) Thread.sleep(500);
        Thread.sleep(3000); // a duplicate would arrive now, after the last expected one
        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, Integer> perAddress = new HashMap<>();
        for (MimeMessage m : received) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) perAddress.merge(to.toString(), 1, Integer::sum);
        }
        assertEquals(AUTHORITIES, perAddress.size(), "every authority got its chaser (runs: " + ranA + " / " + ranB + ")");
        assertTrue(perAddress.values().stream().allMatch(n -> n == 1), "no authority got two: " + perAddress);
        assertEquals(AUTHORITIES, received.length);
        // The job ran for real on both (neither was skipped) and between them queued each chaser once.
        assertEquals(AUTHORITIES, chasersQueued(ranA) + chasersQueued(ranB), ranA + " / " + ranB);
    }

    /**
     * A campaign's figures kept by one instance are not shown once another instance changed the campaign: the
     * revision the change raised is read from the database with the campaign, on every view.
     */
    @Test
    void aChangeOnOneInstanceShowsAtOnceOnTheOtherWhoseFiguresWereKept() {
        String a = urls.get(0), b = urls.get(1);
        call(a, "POST", "/api/authorities/import", "text/csv",
                "slug,name,jurisdiction,tags,foi_email\nit-kept-0,Kept 0,ENGLAND_WALES,it-kept,foi@kept0.example.org\n"
                        + "it-kept-1,Kept 1,ENGLAND_WALES,it-kept,foi@kept1.example.org\n", 200);
        call(a, "POST", "/api/campaigns", "application/json", """
                {"title":"Kept figures","slug":"kept-figures","requestText":"Please send me the policy.",
                 "questions":[{"number":1,"label":"Policy"}],
                 "requester":{"name":"A Campaigner","email":"campaigner@example.org"},"targets":{"tag":"it-kept"}}""", 201);
        call(a, "POST", "/api/campaigns/kept-figures/launch", "application/json", "{\"sentOn\":\"2025-01-06\"}", 200);
        String before = call(a, "GET", "/api/campaigns/kept-figures/summary", null, null, 200);
        assertEquals(before, call(a, "GET", "/api/campaigns/kept-figures/summary", null, null, 200));
        assertFalse(before.contains("\"RESPONDED\""), before);

        String requests = call(b, "GET", "/api/campaigns/kept-figures/requests", null, null, 200);
        var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(requests);
        assertTrue(id.find(), requests);
        call(b, "POST", "/api/requests/" + id.group(1) + "/events", "application/json",
                "{\"type\":\"RESPONDED\",\"on\":\"2025-01-20\",\"outcomes\":[{\"question\":1,\"outcome\":\"ANSWERED\"}]}", 201);

        String after = call(a, "GET", "/api/campaigns/kept-figures/summary", null, null, 200);
        assertTrue(after.matches("(?s).*\"RESPONDED\"\\s*:\\s*1\\b.*"), "instance A shows B's response: " + after);
    }

    private static int chasersQueued(String run) {
        var m = java.util.regex.Pattern.compile("\"chaser1\"\\s*:\\s*(\\d+)").matcher(run);
        assertTrue(m.find(), run);
        return Integer.parseInt(m.group(1));
    }

    private static void startInstance(String name) throws Exception {
        int port = freePort();
        Path dir = Files.createDirectories(work.resolve(name));
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=postgres",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + PG + "?currentSchema=" + SCHEMA,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.flyway.schemas=" + SCHEMA,
                "-Dquarkus.flyway.default-schema=" + SCHEMA,
                "-Droundrobin.admin.password=" + PASSWORD,
                "-Droundrobin.templates.dir=" + Path.of("templates").toAbsolutePath(),
                "-Droundrobin.mail.smtp.host=127.0.0.1",
                "-Droundrobin.mail.smtp.port=" + smtp.getSmtp().getPort(),
                "-Droundrobin.mail.from.address=campaign@example.org",
                "-Droundrobin.mail.send-every=1s",
                "-Droundrobin.chasers.cron=off",
                "-Droundrobin.mail.digest.cron=off",
                "-Droundrobin.mail.imap.poll-every=off",
                "-jar", jar.toString());
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile()).start();
        instances.add(p);
        String url = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            if (!p.isAlive()) throw new AssertionError("instance " + name + " stopped:\n" + Files.readString(dir.resolve("out.log")));
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) break;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) throw new AssertionError("instance " + name + " not ready:\n" + Files.readString(dir.resolve("out.log")));
            Thread.sleep(250);
        }
        urls.add(url);
    }

    private static String call(String base, String method, String path, String type, String body, int expected) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) r.header("Content-Type", type);
        try {
            HttpResponse<String> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != expected) throw new AssertionError(method + " " + path + " answered " + res.statusCode() + ": " + res.body());
            return res.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
