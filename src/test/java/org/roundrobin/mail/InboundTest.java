package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.MailTestSupport.*;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.TestClock;

/** Replies read over real IMAP: matched by thread, token or domain, or left in the inbox; each stored once. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class InboundTest {

    static final LocalDate SENT = LocalDate.of(2025, 2, 3);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Inject
    Sender sender;
    @Inject
    MailboxReader reader;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aReplyToOurLetterIsFiledWithItsPdfAndWaitsToBeClassified() throws Exception {
        String tag = authorities(2, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-1");
        String ours = (String) letters(id, "request").get(0).get("messageId");
        TestClock.set(SENT.plusDays(10));

        String replyId = deliver(message("disclosure@elsewhere.example.net", "Your request", ours, "Please find our response attached.", PDF));
        reader.poll();

        List<Map<String, Object>> corr = given().get("/api/requests/" + id + "/correspondence").then().statusCode(200)
                .body("", hasSize(1)).body("[0].messageId", is(replyId)).body("[0].from", is("disclosure@elsewhere.example.net"))
                .body("[0].text", containsString("response attached")).body("[0].inReplyTo", is(ours))
                .body("[0].attachments", hasSize(1)).body("[0].attachments[0].filename", is("response.pdf"))
                .body("[0].attachments[0].mediaType", is("application/pdf"))
                .extract().jsonPath().getList("$");
        int attachment = given().get("/api/requests/" + id + "/correspondence").then().extract().path("[0].attachments[0].id");
        byte[] pdf = given().get("/api/requests/" + id + "/attachments/" + attachment).then().statusCode(200)
                .header("Content-Disposition", containsString("response.pdf")).extract().asByteArray();
        assertArrayEquals(PDF, pdf);
        assertEquals(1, corr.size());
        given().get("/api/requests/" + id).then().body("replyToClassify", is(true))
                .body("events.type", contains("SENT", "RECEIVED")).body("status", is("AWAITING_RESPONSE"))
                .body("events[1].on", is(SENT.plusDays(10).toString())); // received "now", which is after today in 2025: today
        given().get("/api/campaigns/" + slug + "/requests").then().body("find { it.id == " + id + " }.replyToClassify", is(true));
        // The attachment belongs to this request only.
        given().get("/api/requests/" + requestId(slug, tag + "-0") + "/attachments/" + attachment).then().statusCode(404);

        event(id, responded(SENT.plusDays(10).toString(), all(2, "NOT_HELD"))).statusCode(201).body("replyToClassify", is(false));
    }

    @Test
    void aReplyCarryingTheTokenIsMatchedWhateverItsSender() throws Exception {
        String tag = authorities(2, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        TestClock.set(SENT.plusDays(5));
        deliver(message("someone@gmail.example", "RE: Freedom of Information request [RR-" + slug + "-" + tag + "-0]", null, "Acknowledged.", null));
        reader.poll();
        given().get("/api/requests/" + id + "/correspondence").then().body("", hasSize(1));
        given().get("/api/requests/" + id).then().body("replyToClassify", is(true));
        given().get("/api/requests/" + requestId(slug, tag + "-1") + "/correspondence").then().body("", hasSize(0));
    }

    @Test
    void aReplyFromTheAuthoritysDomainIsMatchedWhenOnlyOneRequestGoesThere() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        TestClock.set(SENT.plusDays(5));
        deliver(message("Records Team <records@" + MailFixtures.domain(tag) + ">", "FOI 2025/123", null, "We are working on it.", null));
        reader.poll();
        given().get("/api/requests/" + requestId(slug, tag + "-0") + "/correspondence").then().body("", hasSize(1))
                .body("[0].from", is("records@" + MailFixtures.domain(tag)));
    }

    @Test
    void anUnmatchedReplyWaitsInTheInboxUntilAssigned() throws Exception {
        String tag = authorities(2, "ENGLAND_WALES"); // two requests at one domain: the domain alone cannot decide
        String slug = sentByEmail(sender, tag, SENT);
        TestClock.set(SENT.plusDays(5));
        String msgId = deliver(message("records@" + MailFixtures.domain(tag), "Your FOI", null, "Which request is this?", null));
        reader.poll();
        int inboxId = given().get("/api/inbox").then().statusCode(200).body("messageId", hasItem(msgId))
                .extract().path("find { it.messageId == '" + msgId + "' }.id");
        long target = requestId(slug, tag + "-1");
        org.roundrobin.support.Api.problem(json().body(Map.of("requestId", -1)).post("/api/inbox/" + inboxId + "/assign").then(), 400);
        json().body(Map.of("requestId", target)).post("/api/inbox/" + inboxId + "/assign").then().statusCode(200)
                .body("requestId", is((int) target));
        given().get("/api/inbox").then().body("messageId", not(hasItem(msgId)));
        given().get("/api/requests/" + target).then().body("replyToClassify", is(true)).body("events.type", hasItem("RECEIVED"));
        json().body(Map.of("requestId", target)).post("/api/inbox/" + inboxId + "/assign").then().statusCode(409);
    }

    @Test
    void theSameReplyFetchedTwiceIsStoredOnce() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        TestClock.set(SENT.plusDays(5));
        MimeMessage reply = message("x@other.example", "Re [RR-" + slug + "-" + tag + "-0]", null, "Once only.", null);
        deliver(reply);
        reader.poll();
        deliver(reply); // the same message again: a resend, a second copy, a second instance's fetch
        MailboxReader.Poll second = reader.poll();
        assertTrue(second.duplicates() >= 1, second.toString());
        given().get("/api/requests/" + id + "/correspondence").then().body("", hasSize(1));
        given().get("/api/requests/" + id).then().body("events.findAll { it.type == 'RECEIVED' }", hasSize(1));
    }

    @Test
    void anAttachmentOverTheLimitIsNamedNotStored() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        TestClock.set(SENT.plusDays(5));
        byte[] big = new byte[150_000];
        Arrays.fill(big, (byte) 'x');
        deliver(message("x@other.example", "Re [RR-" + slug + "-" + tag + "-0]", null, "Large scan attached.", big));
        reader.poll();
        given().get("/api/requests/" + id + "/correspondence").then().body("[0].attachments", hasSize(0))
                .body("[0].text", containsString("not stored, too large: response.pdf"));
    }

    /** A reply as an authority's mail system would send it; returns its Message-ID. */
    static MimeMessage message(String from, String subject, String inReplyTo, String text, byte[] pdf) throws MessagingException {
        String id = "<" + UUID.randomUUID() + "@mail.example.net>";
        MimeMessage m = new Composer.FixedIdMessage(Session.getInstance(new Properties()), id);
        m.setFrom(new InternetAddress(from));
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(GreenMailResource.MAILBOX));
        m.setSubject(subject);
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        if (pdf == null) {
            m.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(pdf, "application/pdf");
            file.setFileName("response.pdf");
            file.setDisposition("attachment");
            m.setContent(new MimeMultipart(body, file));
        }
        m.saveChanges();
        return m;
    }

    static String deliver(MimeMessage m) throws MessagingException {
        GreenMailResource.imap.getUserManager().getUserByEmail(GreenMailResource.MAILBOX).deliver(m);
        return m.getMessageID();
    }
}
