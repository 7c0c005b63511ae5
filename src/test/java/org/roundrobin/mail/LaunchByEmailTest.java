package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.TestClock;

/** POST /launch with {"send":true}: letters queued in one go, delivered by the sender, SENT dated on delivery. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class LaunchByEmailTest {

    @Inject
    Sender sender;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void launchQueuesALetterPerAddressAndReportsTheTargetsWithout() {
        String tag = Fixtures.authorities(3, "ENGLAND_WALES");
        String noEmail = tag + "-x";
        given().contentType("text/csv").body("slug,name,jurisdiction,tags\n" + noEmail + ",No Email " + tag + ",ENGLAND_WALES," + tag + "\n")
                .post("/api/authorities/import").then().statusCode(200);
        String slug = Fixtures.campaign(Map.of("tag", tag), 2);

        json().body(Map.of("send", true)).post("/api/campaigns/" + slug + "/launch").then().statusCode(200)
                .body("requests", is(4)).body("queued", is(3))
                .body("sendByHand", hasSize(1)).body("sendByHand[0].authority.slug", is(noEmail))
                .body("sendByHand[0].reason", containsString("no FOI email address"));

        long id = Fixtures.requestId(slug, tag + "-0");
        given().get("/api/requests/" + id + "/letters").then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", is("request")).body("[0].status", is("QUEUED"))
                .body("[0].subject", endsWith("[RR-" + slug + "-" + tag + "-0]"));
        // Nothing is sent inside the launch: the request is not sent until its letter is delivered.
        given().get("/api/requests/" + id).then().body("status", is("NOT_SENT")).body("events", hasSize(0));
        assertEquals(0, MailFixtures.receivedAt(MailFixtures.domain(tag)).size());
    }

    @Test
    void deliveredLettersCarryTheTokenAndDateTheSentEventOnDelivery() throws Exception {
        String tag = Fixtures.authorities(2, "ENGLAND_WALES");
        String slug = MailFixtures.launchedByEmail(tag, 3);
        TestClock.set(LocalDate.now().minusDays(3)); // the day the sender delivers
        sender.sendDue();

        List<MimeMessage> received = MailFixtures.receivedAt(MailFixtures.domain(tag));
        assertEquals(2, received.size());
        for (int i = 0; i < 2; i++) {
            String token = "RR-" + slug + "-" + tag + "-" + i;
            MimeMessage m = received.stream().filter(x -> subject(x).contains(token)).findFirst().orElseThrow();
            assertEquals("foi" + i + "@" + MailFixtures.domain(tag), m.getAllRecipients()[0].toString());
            InternetAddress from = (InternetAddress) m.getFrom()[0];
            assertEquals(GreenMailResource.MAILBOX, from.getAddress());
            assertEquals("Test Campaigner", from.getPersonal());
            assertEquals("foi+" + token.toLowerCase() + "@round-robin.test", m.getReplyTo()[0].toString());
            String body = (String) m.getContent();
            assertTrue(body.contains("Freedom of Information Act 2000"), body);
            assertTrue(body.contains("3. Question 3"), body);

            long id = Fixtures.requestId(slug, tag + "-" + i);
            String sentOn = LocalDate.now().minusDays(3).toString();
            given().get("/api/requests/" + id).then().body("status", is("AWAITING_RESPONSE")).body("sentOn", is(sentOn))
                    .body("events", hasSize(1)).body("events[0].type", is("SENT")).body("events[0].on", is(sentOn))
                    .body("events[0].note", containsString(m.getMessageID()));
            given().get("/api/requests/" + id + "/letters").then().body("[0].status", is("SENT"))
                    .body("[0].messageId", is(m.getMessageID())).body("[0].eventId", notNullValue());
        }
        // A second run finds nothing to send.
        assertEquals(0, sender.sendDue().sent());
        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag)).size());
    }

    @Test
    void sentOnWithSendIsRefused() {
        String tag = Fixtures.authorities(1, "ENGLAND_WALES");
        String slug = Fixtures.campaign(Map.of("tag", tag), 1);
        problem(json().body(Map.of("send", true, "sentOn", "2024-01-10")).post("/api/campaigns/" + slug + "/launch").then(), 400)
                .body("errors[0].field", is("sentOn"));
        given().get("/api/campaigns/" + slug).then().body("state", is("DRAFT"));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
