package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;

/** Letters before anything is sent: the preview, the exact .eml, and the refusals that keep headers clean. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class LetterPreviewTest {

    @Inject
    Sender sender;

    @Test
    void theRequestLetterUsesTheLawOfTheAuthority() {
        String english = authorities(1, "ENGLAND_WALES");
        String scottish = authorities(1, "SCOTLAND");
        String slug = launched(Map.of("authorities", List.of(english + "-0", scottish + "-0")), 2, "2025-01-06");

        given().get("/api/requests/" + requestId(slug, english + "-0") + "/letters/request").then().statusCode(200)
                .body("subject", is("Freedom of Information request: Campaign " + slug + " [RR-" + slug + "-" + english + "-0]"))
                .body("to", is("foi0@" + MailFixtures.domain(english)))
                .body("from", is("Test Campaigner <" + GreenMailResource.MAILBOX + ">"))
                .body("text", containsString("under the Freedom of Information Act 2000 (FOIA)"))
                .body("text", containsString("2. Question 2"))
                .body("id", is(0)); // rendered now, not stored
        long scot = requestId(slug, scottish + "-0");
        given().get("/api/requests/" + scot + "/letters/request").then().statusCode(200)
                .body("text", containsString("under the Freedom of Information (Scotland) Act 2002 (FOISA)"));
        given().get("/api/requests/" + scot + "/letters/chaser-2").then().statusCode(200)
                .body("text", containsString("review your failure to respond (section 20 of the Act)"))
                .body("text", containsString("the Scottish Information Commissioner"));
        given().get("/api/requests/" + requestId(slug, english + "-0") + "/letters/chaser-2").then()
                .body("text", containsString("complain to the Information Commissioner's Office"));
        problem(given().get("/api/requests/" + scot + "/letters/complaint").then(), 404);
        given().get("/api/requests/" + scot + "/letters").then().body("", hasSize(0)); // previews store nothing
    }

    @Test
    void theEmlIsTheMessageThatIsSent() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = MailFixtures.launchedByEmail(tag, 2);
        long id = requestId(slug, tag + "-0");
        byte[] eml = given().get("/api/requests/" + id + "/letters/request.eml").then().statusCode(200)
                .contentType("message/rfc822").extract().asByteArray();
        MimeMessage preview = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        String messageId = given().get("/api/requests/" + id + "/letters/request").then().extract().path("messageId");
        assertEquals(messageId, preview.getMessageID());

        sender.sendDue();
        MimeMessage sent = MailFixtures.receivedAt(MailFixtures.domain(tag)).get(0);
        assertEquals(preview.getMessageID(), sent.getMessageID());
        assertEquals(preview.getSubject(), sent.getSubject());
        assertEquals(preview.getHeader("From", ","), sent.getHeader("From", ","));
        assertEquals(preview.getHeader("Reply-To", ","), sent.getHeader("Reply-To", ","));
        // GreenMail keeps the body without the CRLF that precedes SMTP's closing dot; otherwise identical.
        assertEquals(((String) preview.getContent()).stripTrailing(), ((String) sent.getContent()).stripTrailing());
        assertEquals("RR-" + slug + "-" + tag + "-0", sent.getHeader("X-Round-Robin-Reference", null));
    }

    @Test
    void aLineBreakInTheSubjectRefusesTheLaunchAndChangesNothing() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = "c-" + suffix();
        Map<String, Object> body = new java.util.HashMap<>(campaignBody(slug, Map.of("tag", tag), 1));
        body.put("title", "Budgets\r\nBcc: everyone@example.org");
        json().body(body).post("/api/campaigns").then().statusCode(201);

        problem(json().body(Map.of("send", true)).post("/api/campaigns/" + slug + "/launch").then(), 400)
                .body("errors[0].field", is("title")).body("detail", containsString("single line"));
        given().get("/api/campaigns/" + slug).then().body("state", is("DRAFT"));
        given().get("/api/campaigns/" + slug + "/requests").then().body("", hasSize(0));
    }

    @Test
    void aMalformedAddressRefusesTheLaunchNamingItAndChangesNothing() {
        String tag = authorities(1, "ENGLAND_WALES");
        given().contentType("text/csv").body("slug,name,jurisdiction,tags,foi_email\n" + tag + "-bad,Bad " + tag + ",ENGLAND_WALES,"
                + tag + ",foi..records@" + MailFixtures.domain(tag) + "\n").post("/api/authorities/import").then().statusCode(200);
        String slug = campaign(Map.of("tag", tag), 1);

        problem(json().body(Map.of("send", true)).post("/api/campaigns/" + slug + "/launch").then(), 400)
                .body("errors", hasSize(1)).body("errors[0].field", is("targets." + tag + "-bad.foiEmail"))
                .body("errors[0].message", containsString("foi..records@"));
        given().get("/api/campaigns/" + slug).then().body("state", is("DRAFT"));
        given().get("/api/campaigns/" + slug + "/requests").then().body("", hasSize(0));
    }
}
