package org.roundrobin.replies;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.support.Api;
import org.roundrobin.support.Fixtures;

@QuarkusTest
class SuggestionResourceTest {

    @Inject
    Suggestions suggestions;

    private static long request(String jurisdiction, int questions) {
        String tag = Fixtures.authorities(1, jurisdiction);
        String campaign = Fixtures.launched(Map.of("authorities", List.of(tag + "-0")), questions, "2024-01-08");
        return Fixtures.requestId(campaign, tag + "-0");
    }

    /** Stores a reply on the request: a body, and attachments as (filename, media type, bytes). */
    private static long reply(long requestId, Instant at, String body, Object... files) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Correspondence c = new Correspondence();
            c.request = FoiRequest.findById(requestId);
            c.source = Correspondence.Source.EMAIL;
            c.receivedAt = at;
            c.bodyText = body;
            c.messageId = "<" + Fixtures.suffix() + "@example.org>";
            c.recordedBy = "test";
            c.persist();
            for (int i = 0; i < files.length; i += 3) {
                Attachment a = new Attachment();
                a.correspondence = c;
                a.filename = (String) files[i];
                a.mediaType = (String) files[i + 1];
                a.content = (byte[]) files[i + 2];
                a.persist();
            }
            return c.id;
        });
    }

    private static String textOf(long correspondenceId, String filename) {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>find("correspondence.id = ?1 and filename = ?2",
                correspondenceId, filename).firstResult().textContent);
    }

    @Test
    void theNewestReplyIsReadWithItsAttachmentsAndTheCampaignsQuestions() {
        long id = request("ENGLAND_WALES", 2);
        reply(id, Instant.parse("2024-01-20T10:00:00Z"), "We acknowledge your request.");
        String letter = "Your questions:\n1. How many drones?\n2. Who supplies them?\n\nResponse\n"
                + "The force can neither confirm nor deny that it holds information relevant to question 2, by virtue of section 31(3).\n\n"
                + "In relation to question 1, the force has 12 drones.";
        long newest = reply(id, Instant.parse("2024-02-02T10:00:00Z"), "Please find our response attached.",
                "response.pdf", "application/pdf", ReplyFiles.pdf(letter), "logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        assertNull(textOf(newest, "response.pdf"));

        given().get("/api/requests/" + id + "/suggestion").then().statusCode(200)
                .body("outcome", is("PARTLY_ANSWERED")).body("sections", contains("31(3)")).body("textLayer", is(true))
                .body("questions.outcome", contains("ANSWERED", "NCND")).body("notes", empty());
        String kept = textOf(newest, "response.pdf");
        assertTrue(kept != null && kept.contains("neither confirm nor deny"), "the PDF's text is kept: " + kept);
    }

    @Test
    void aScottishRequestIsReadUnderFoisa() {
        long id = request("SCOTLAND", 1);
        reply(id, Instant.parse("2024-02-02T10:00:00Z"), "I can neither confirm nor deny whether the information is held. I rely on"
                + " section 18(1) in conjunction with section 35(1)(a).");
        given().get("/api/requests/" + id + "/suggestion").then().statusCode(200)
                .body("outcome", is("NCND")).body("sections", contains("18(1)", "35(1)"))
                .body("questions[0].sections", contains("18(1)", "35(1)"));
    }

    @Test
    void unreadableAndScannedAttachmentsAreNotedNotFatal() {
        long id = request("ENGLAND_WALES", 1);
        reply(id, Instant.parse("2024-02-02T10:00:00Z"), "No information is held.",
                "scan.pdf", "application/pdf", ReplyFiles.pdfWithoutText(1), "broken.pdf", "application/pdf", HostileFiles.malformedPdf());
        given().get("/api/requests/" + id + "/suggestion").then().statusCode(200)
                .body("outcome", is("NOT_HELD")).body("textLayer", is(false))
                .body("notes", hasItems(startsWith("scan.pdf: "), startsWith("broken.pdf: not read")));
    }

    @Test
    void theJavaMethodGivesTheSameSuggestionForTheForm() {
        long id = request("ENGLAND_WALES", 1);
        reply(id, Instant.parse("2024-02-02T10:00:00Z"), "The request would exceed the appropriate limit of 18 hours (section 12(1)).");
        Suggestion s = QuarkusTransaction.requiringNew().call(() -> suggestions.forRequest(FoiRequest.findById(id)).orElseThrow());
        assertEquals(Outcome.COST_LIMIT, s.outcome());
        assertEquals(List.of("12(1)"), s.questions().get(0).sections());
    }

    @Test
    void aRequestWithoutAStoredReplyHasNoSuggestion() {
        long id = request("ENGLAND_WALES", 1);
        Api.problem(given().get("/api/requests/" + id + "/suggestion").then(), 404).body("detail", containsString("no stored reply"));
        Api.problem(given().get("/api/requests/999999999/suggestion").then(), 404);
    }
}
