package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.MailTestSupport.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.TestClock;

/** Faults against real SMTP: an outage, a refused recipient, a crash between hand-off and record. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OutboxFaultTest {

    static final LocalDate SENT = LocalDate.of(2025, 6, 2);

    @Inject
    Sender sender;
    @Inject
    ChaserPolicy chasers;
    @Inject
    Outbox outbox;
    @Inject
    Composer composer;
    @Inject
    MailSessions sessions;

    @AfterEach
    void after() {
        TestClock.reset();
        if (!GreenMailResource.smtp.isRunning()) GreenMailResource.startSmtp();
    }

    @Test
    void smtpDownWhenTheChaserJobRunsLosesNothingAndDeliversEachChaserOnceWhenItReturns() throws Exception {
        String tag = Fixtures.authorities(3, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        chasersAuto(slug);
        LocalDate day = firstLateDay(Fixtures.requestId(slug, tag + "-0"));
        TestClock.set(day);

        GreenMailResource.stopSmtp();
        chasers.run(day);
        assertEquals(3, count("chaser-1", slug));
        Sender.Report down = sender.sendDue();
        assertEquals(0, down.sent());
        for (long id : ids(slug)) {
            Map<String, Object> c = letters(id, "chaser-1").get(0);
            assertEquals("QUEUED", c.get("status"));
            assertEquals(1, c.get("attempts"));
            assertTrue(((String) c.get("lastError")).contains("Cannot reach the mail server"), (String) c.get("lastError"));
        }

        GreenMailResource.startSmtp();
        chasers.run(day); // the job again: nothing queued twice
        assertEquals(3, count("chaser-1", slug));
        sender.sendDue();
        sender.sendDue();
        List<MimeMessage> received = MailFixtures.receivedAt(MailFixtures.domain(tag));
        assertEquals(3, received.size());
        for (int i = 0; i < 3; i++) {
            String to = "foi" + i + "@" + MailFixtures.domain(tag);
            assertEquals(1, received.stream().filter(m -> recipient(m).equals(to)).count(), to);
        }
        for (long id : ids(slug)) {
            assertEquals("SENT", letters(id, "chaser-1").get(0).get("status"));
            given().get("/api/requests/" + id).then().body("status", is("OVERDUE"))
                    .body("events.type", contains("SENT", "CHASER_SENT"))
                    .body("events[1].on", is(day.toString()));
        }
    }

    @Test
    void aRecipientTheServerRefusesFailsWithItsReasonAndTheOthersAreDelivered() {
        String tag = Fixtures.authorities(3, "ENGLAND_WALES");
        GreenMailResource.refuse("foi1@" + MailFixtures.domain(tag));
        String slug = sentByEmail(sender, tag, SENT);

        long refused = Fixtures.requestId(slug, tag + "-1");
        Map<String, Object> letter = letters(refused, "request").get(0);
        assertEquals("FAILED", letter.get("status"));
        assertEquals(1, letter.get("attempts"));
        assertTrue(((String) letter.get("lastError")).contains("550 5.1.1"), (String) letter.get("lastError"));
        given().get("/api/requests/" + refused).then().body("status", is("NOT_SENT")).body("events", hasSize(0));
        given().get("/api/letters?status=FAILED").then().body("id", hasItem(((Number) letter.get("id")).intValue()));

        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag)).size());
        for (String ok : List.of(tag + "-0", tag + "-2")) {
            long id = Fixtures.requestId(slug, ok);
            assertEquals("SENT", letters(id, "request").get(0).get("status"));
            given().get("/api/requests/" + id).then().body("events[0].type", is("SENT")).body("sentOn", is(SENT.toString()));
        }
    }

    @Test
    void theJobTwiceWithARestartBetweenDuplicatesNothing() throws Exception {
        String tag = Fixtures.authorities(2, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        chasersAuto(slug);
        LocalDate day = firstLateDay(Fixtures.requestId(slug, tag + "-0"));
        TestClock.set(day);
        List<Long> ids = ids(slug);

        // Run 1: queued, claimed (SENDING committed), handed to SMTP ... and the application dies before recording it.
        chasers.run(day);
        assertEquals(2, count("chaser-1", slug));
        Sender.Claim claim = QuarkusTransaction.requiringNew().call(() -> sender.claim(50, Instant.now()));
        Session session = sessions.smtp();
        for (Letter l : claim.letters()) {
            if (!ids.contains(l.request.id)) continue; // another test's leftovers: they just become UNCERTAIN
            MimeMessage m = composer.mime(l, session, Instant.now());
            Transport.send(m);
        }
        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());

        // Restart: what was SENDING is UNCERTAIN; the job and the sender run again.
        outbox.recoverInterrupted(Duration.ZERO);
        chasers.run(day);
        sender.sendDue();
        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());
        long a = ((Number) letters(ids.get(0), "chaser-1").get(0).get("id")).longValue();
        long b = ((Number) letters(ids.get(1), "chaser-1").get(0).get("id")).longValue();
        given().get("/api/letters?status=UNCERTAIN").then().body("id", hasItems((int) a, (int) b))
                .body("find { it.id == " + a + " }.lastError", containsString("check the sent folder"));
        assertEquals(2, count("chaser-1", slug));

        // A person checks the sent folder: the first went (confirm), the second is sent again on purpose (requeue).
        given().contentType("application/json").body(Map.of("sentOn", day.toString()))
                .post("/api/letters/" + a + "/confirm-sent").then().statusCode(200).body("status", is("SENT"));
        given().post("/api/letters/" + b + "/requeue").then().statusCode(200).body("status", is("QUEUED"));
        sender.sendDue();
        assertEquals(3, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());
        for (long id : ids) {
            given().get("/api/requests/" + id).then().body("events.type", contains("SENT", "CHASER_SENT"));
        }
        // Confirming twice is refused and changes nothing.
        given().post("/api/letters/" + a + "/confirm-sent").then().statusCode(409);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
