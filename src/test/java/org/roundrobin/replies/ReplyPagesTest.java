package org.roundrobin.replies;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.RequestEvent;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.Pages;
import org.roundrobin.support.ReplyLetters;

/** "Add a reply received" on the request page, the suggestion it leads to, and the response form pre-filled from it. */
@QuarkusTest
class ReplyPagesTest {

    static long request(int questions) {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), questions, "2025-01-06");
        return Fixtures.requestId(slug, tag + "-0");
    }

    static long stored(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> Correspondence.count("request.id", requestId));
    }

    static long events(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> RequestEvent.count("request.id", requestId));
    }

    @Test
    void aPdfReplyIsStoredAsAPdfWithItsTextAndMarkedToClassify() {
        long id = request(2);
        byte[] pdf = ReplyFiles.pdf(ReplyLetters.NCND_31_3);
        Response r = ReplyLetters.add(id, "2025-02-03", "refusal notice.pdf", "application/octet-stream", pdf, null);
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").endsWith("/requests/" + id + "?done=REPLY_ADDED#reply-suggestion"), r.header("Location"));

        given().get("/api/requests/" + id).then().body("replyToClassify", is(true))
                .body("events.type", contains("SENT", "RECEIVED")).body("events[1].on", is("2025-02-03"))
                .body("events[1].note", containsString("by post"));
        given().get("/api/requests/" + id + "/correspondence").then().body("", hasSize(1))
                .body("[0].direction", is("IN")).body("[0].source", is("UPLOAD"))
                .body("[0].attachments[0].filename", is("refusal notice.pdf"))
                .body("[0].attachments[0].mediaType", is("application/pdf")); // by its content, not what the browser said
        String text = QuarkusTransaction.requiringNew().call(() -> Correspondence.<Correspondence>find("request.id", id).firstResult()
                .attachments.get(0).textContent);
        assertTrue(text.contains("neither confirm nor deny"), text);

        Document page = Pages.get("/requests/" + id + "?done=REPLY_ADDED");
        assertTrue(page.select(".notice[role=status]").text().contains("The reply is stored"), page.select(".notice").text());
        String suggestion = page.getElementById("reply-suggestion").text();
        assertTrue(suggestion.contains("The reply seems to say: Neither confirm nor deny NCND under s.31(3)"), suggestion);
        assertTrue(suggestion.contains("Evidence"), suggestion);
        assertEquals("/campaigns/" + page.select("#reply-suggestion a.button").attr("href").split("/")[2] + "/responses?request=" + id,
                page.select("#reply-suggestion a.button").attr("href"));
        String file = page.select("#replies ~ article a[download]").attr("href");
        byte[] back = given().get(file).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", is("attachment; filename=\"refusal notice.pdf\"; filename*=UTF-8''refusal%20notice.pdf"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(pdf, back);
    }

    @Test
    void theResponseFormIsPrefilledFromTheReplyAndSaysSo() {
        long id = request(3);
        assertEquals(303, ReplyLetters.add(id, "2025-02-03", null, null, null, ReplyLetters.NCND_31_3).statusCode());
        String form = given().get("/api/requests/" + id).then().extract().path("campaign.slug");
        Document d = Pages.get("/campaigns/" + form + "/responses?request=" + id);
        for (int q = 1; q <= 3; q++) {
            assertEquals("NCND", d.select("#f-outcome-" + q + " option[selected]").attr("value"), "question " + q);
            assertEquals("31(3)", d.getElementById("f-sections-" + q).val(), "question " + q);
        }
        String notice = d.select("p.notice").text();
        assertTrue(notice.startsWith("Pre-filled with the reply received: “"), notice);
        assertTrue(notice.contains("neither confirm nor deny"), notice);
    }

    @Test
    void pastedTextIsKeptAsTheMessageAndShownOnTheRequestPage() {
        long id = request(1);
        String text = "We do not hold this information. <b>Not bold</b>";
        assertEquals(303, ReplyLetters.add(id, "2025-02-04", null, null, null, text).statusCode());
        Document page = Pages.get("/requests/" + id);
        assertEquals(text, page.select("#replies ~ article .mail-body").text());
        assertTrue(page.select("#reply-suggestion").text().contains("Not held"), page.select("#reply-suggestion").text());
    }

    @Test
    void aReplyWithNeitherFileNorTextIsRefusedByTheFileFieldAndNothingIsStored() {
        long id = request(1);
        long before = events(id);
        Response r = given().redirects().follow(false).multiPart("on", "2025-02-03").multiPart("how", "PORTAL")
                .multiPart("from", "foi@force.example.org").post("/requests/" + id + "/replies");
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(Pages.field(d, "reply-file").contains("add the reply: choose its file, or paste its text"), Pages.field(d, "reply-file"));
        assertEquals("foi@force.example.org", d.getElementById("reply-from").val(), "what was typed is kept");
        assertEquals("PORTAL", d.select("#reply-how option[selected]").attr("value"));
        assertEquals(0, stored(id));
        assertEquals(before, events(id));
    }

    @Test
    void aFutureDateAndAFileOfAnotherKindAreRefusedByTheirFields() {
        long id = request(1);
        String tomorrow = LocalDate.now().plusDays(2).toString();
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Response r = ReplyLetters.add(id, tomorrow, "reply.zip", "application/zip", zip, "Some text we typed");
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(Pages.field(d, "reply-on").contains("is in the future"), Pages.field(d, "reply-on"));
        assertTrue(Pages.field(d, "reply-file").contains("is not a kind of file Round Robin reads"), Pages.field(d, "reply-file"));
        assertTrue(Pages.field(d, "reply-file").contains("choose the file again"));
        assertEquals("Some text we typed", d.getElementById("reply-text").val());
        assertEquals(tomorrow, d.getElementById("reply-on").val());
        assertEquals(1, d.select("#error-summary").size());
        assertEquals(0, stored(id));
        given().get("/api/requests/" + id).then().body("events.type", contains("SENT")).body("replyToClassify", is(false));
    }

    @Test
    void aDateBeforeTheRequestWentIsRefused() {
        long id = request(1);
        Response r = ReplyLetters.add(id, "2024-12-31", null, null, null, "No information held.");
        assertEquals(400, r.statusCode());
        assertTrue(Pages.field(Pages.parse(r), "reply-on").contains("before the request was sent (2025-01-06)"));
        assertEquals(0, stored(id));
    }

    @Test
    void aScannedLetterIsKeptAndTheSuggestionSaysItCannotBeRead() {
        long id = request(1);
        assertEquals(303, ReplyLetters.add(id, "2025-02-03", "scan.pdf", "application/pdf", ReplyFiles.pdfWithoutText(1), null).statusCode());
        Document page = Pages.get("/requests/" + id);
        String s = page.getElementById("reply-suggestion").text();
        assertTrue(s.contains("could not read what this reply says") && s.contains("no OCR"), s);
        assertTrue(page.select("#reply-suggestion a.button").text().startsWith("Record the response"));
    }

    @Test
    void theStandaloneFormAndTheRequestPageOfferTheSameFields() {
        long id = request(1);
        Document alone = Pages.get("/requests/" + id + "/replies/new");
        Document onPage = Pages.get("/requests/" + id);
        for (String f : List.of("reply-on", "reply-how", "reply-file", "reply-text", "reply-from", "reply-subject")) {
            assertNotNull(alone.getElementById(f), f);
            assertNotNull(onPage.getElementById(f), f);
            assertEquals(1, onPage.select("label[for=" + f + "]").size(), "a label for " + f);
        }
        assertEquals(LocalDate.now().toString(), alone.getElementById("reply-on").val());
        assertTrue(onPage.select("#form-RECEIVED").isEmpty(), "no bare RECEIVED event form beside it");
    }

    @Test
    void aLongPastedReplyIsKeptWhole() {
        long id = request(1);
        String text = "No information is held. ".repeat(5000); // 120,000 characters: a long letter, pasted
        assertEquals(303, ReplyLetters.add(id, "2025-02-04", null, null, null, text).statusCode());
        String kept = QuarkusTransaction.requiringNew().call(() -> Correspondence.<Correspondence>find("request.id", id).firstResult().bodyText);
        assertEquals(text.strip(), kept);
    }
}
