package org.roundrobin.web;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Api;
import org.roundrobin.support.Pages;

/** Forms validate on the server, say what is wrong next to the field, keep what was typed, and change nothing. */
@QuarkusTest
class PageFormsTest {

    static int campaigns() {
        return given().get("/api/campaigns").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void campaignFormWithoutTitleOrValidEmailIsShownAgainWithMessagesAndNothingIsCreated() {
        String tag = authorities(2, "England & Wales");
        int before = campaigns();
        Response r = given().redirects().follow(false).formParams(Map.of("slug", "form-" + suffix(), "requestText", "Please send it.",
                        "questions", "Capability: can you?\nTraining: do you?", "requesterName", "A Person",
                        "requesterEmail", "not-an-email", "targetTag", tag))
                .post("/campaigns");
        assertEquals(400, r.statusCode());
        assertTrue(r.contentType().startsWith("text/html"));
        Document d = Pages.parse(r);
        assertTrue(Pages.field(d, "f-title").contains("is required"), Pages.field(d, "f-title"));
        assertTrue(Pages.field(d, "f-requesterEmail").contains("is not a valid email address"));
        assertEquals("Please send it.", d.getElementById("f-requestText").text());
        assertEquals("Capability: can you?\nTraining: do you?", d.getElementById("f-questions").wholeText());
        assertEquals(tag, d.getElementById("f-targetTag").val());
        assertEquals(before, campaigns(), "nothing was created");
    }

    @Test
    void aTakenSlugOrAnUnknownTagIsReportedByItsField() {
        String slug = campaign(Map.of("tag", authorities(1, "Scotland")), 1);
        Response r = given().redirects().follow(false).formParams(Map.of("title", "Another", "slug", slug, "requestText", "Text",
                "questions", "One", "requesterName", "A", "requesterEmail", "a@example.org", "targetTag", "no-such-tag-" + suffix()))
                .post("/campaigns");
        assertEquals(400, r.statusCode());
        assertTrue(Pages.field(Pages.parse(r), "f-slug").contains("is already used"), Pages.field(Pages.parse(r), "f-slug"));
        Response tag = given().redirects().follow(false).formParams(Map.of("title", "Another", "slug", "fresh-" + suffix(),
                "requestText", "Text", "questions", "One", "requesterName", "A", "requesterEmail", "a@example.org",
                "targetTag", "no-such-tag-" + suffix())).post("/campaigns");
        assertEquals(400, tag.statusCode());
        Document d = Pages.parse(tag);
        assertTrue(Pages.field(d, "f-targetTag").contains("no authority in the directory matches"), Pages.field(d, "f-targetTag"));
    }

    @Test
    void aValidCampaignFormCreatesTheCampaignAndRedirectsToItsDashboard() {
        String tag = authorities(2, "Northern Ireland");
        String slug = "form-" + suffix();
        String longText = "Please provide the following. ".repeat(500); // 15,000 characters, as a real request may be
        Response r = given().redirects().follow(false).formParams(Map.of("title", "Made by the form", "slug", slug,
                "requestText", longText, "questions", "First: the first question\nSecond", "requesterName", "A",
                "requesterEmail", "a@example.org", "targetTag", tag)).post("/campaigns");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/campaigns/" + slug));
        given().get("/api/campaigns/" + slug).then().statusCode(200)
                .body("questions[0].label", org.hamcrest.Matchers.is("First"))
                .body("questions[0].text", org.hamcrest.Matchers.is("the first question"))
                .body("questions[1].number", org.hamcrest.Matchers.is(2))
                .body("requestText", org.hamcrest.Matchers.is(longText));
    }

    @Test
    void editingSavesADraftAndALaunchedCampaignSaysWhyItCannotChangeKeepingTheText() {
        String tag = authorities(1, "England & Wales");
        String draft = campaign(Map.of("tag", tag), 1);
        Document form = Pages.get("/campaigns/" + draft + "/edit");
        Map<String, String> fields = new java.util.HashMap<>();
        form.select("form input[name], form textarea[name]").forEach(e -> fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText() : e.val()));
        fields.put("title", "A better title");
        assertEquals(303, given().redirects().follow(false).formParams(fields).post("/campaigns/" + draft + "/edit").statusCode());
        given().get("/api/campaigns/" + draft).then().body("title", org.hamcrest.Matchers.is("A better title"));

        String launched = launched(Map.of("tag", tag), 1, "2024-01-10");
        Map<String, String> late = new java.util.HashMap<>(fields);
        late.put("slug", launched);
        late.put("title", "Too late to rename");
        Response r = given().redirects().follow(false).formParams(late).post("/campaigns/" + launched + "/edit");
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(d.select(".error-summary").text().contains("was launched"), d.select(".error-summary").text());
        assertEquals("Too late to rename", d.getElementById("f-title").val());
        given().get("/api/campaigns/" + launched).then().body("title", org.hamcrest.Matchers.is("Campaign " + launched));
    }

    @Test
    void anNcndResponseWithoutASectionIsRefusedNextToThatQuestionAndTheRequestIsUnchanged() {
        String tag = authorities(1, "England & Wales");
        String slug = launched(Map.of("tag", tag), 2, "2024-03-01");
        long id = requestId(slug, tag + "-0");
        Response r = given().redirects().follow(false).multiPart("request", String.valueOf(id)).multiPart("on", "2024-03-20")
                .multiPart("authorityReference", "REF-77").multiPart("outcome-1", "NCND").multiPart("sections-1", "")
                .multiPart("outcome-2", "ANSWERED").multiPart("note", "typed note")
                .multiPart("letter", "letter.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/campaigns/" + slug + "/responses");
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(Pages.field(d, "f-sections-1").contains("must cite the section relied on"), Pages.field(d, "f-sections-1"));
        assertEquals("REF-77", d.getElementById("f-authorityReference").val());
        assertEquals("typed note", d.getElementById("f-note").text());
        assertEquals("ANSWERED", d.select("#f-outcome-2 option[selected]").val());
        assertTrue(Pages.field(d, "f-letter").contains("choose the file again"));
        given().get("/api/requests/" + id).then().body("respondedOn", org.hamcrest.Matchers.nullValue())
                .body("events.size()", org.hamcrest.Matchers.is(1));
        given().get("/requests/" + id).then().body(org.hamcrest.Matchers.not(containsString("letter.pdf")));
    }

    @Test
    void theRequestPageOffersOnlyTheEventsAllowedNowAndRefusesOthersWithAMessage() {
        String tag = authorities(1, "Scotland");
        String slug = launched(Map.of("tag", tag), 1, "2024-03-01");
        long id = requestId(slug, tag + "-0");
        Document d = Pages.get("/requests/" + id);
        assertNotNull(d.getElementById("form-ACKNOWLEDGED"));
        assertNull(d.getElementById("form-DECISION_NOTICE"), "a decision notice needs a complaint first");
        assertNull(d.getElementById("form-EXTENDED"), "FOISA has no public-interest extension");
        assertNull(d.getElementById("form-REVIEW_RESPONDED"));

        Response refused = given().redirects().follow(false).formParams(Map.of("type", "DECISION_NOTICE", "on", "2024-04-01",
                "decision", "UPHELD", "note", "kept")).post("/requests/" + id + "/events");
        assertEquals(400, refused.statusCode());
        Document again = Pages.parse(refused);
        assertTrue(again.select(".error-summary").text().contains("needs a complaint"), again.select(".error-summary").text());
        assertEquals("kept", again.getElementById("DECISION_NOTICE-note").text());
        given().get("/api/requests/" + id).then().body("events.size()", org.hamcrest.Matchers.is(1));

        Response ok = given().redirects().follow(false).formParams(Map.of("type", "ACKNOWLEDGED", "on", "2024-03-04",
                "authorityReference", "ACK-1")).post("/requests/" + id + "/events");
        assertEquals(303, ok.statusCode());
        given().get("/api/requests/" + id).then().body("events[1].type", org.hamcrest.Matchers.is("ACKNOWLEDGED"))
                .body("events[1].authorityReference", org.hamcrest.Matchers.is("ACK-1"));
        Response badDate = given().redirects().follow(false).formParams(Map.of("type", "NOTE", "on", "31/12/2024"))
                .post("/requests/" + id + "/events");
        assertEquals(400, badDate.statusCode());
        assertTrue(Pages.field(Pages.parse(badDate), "NOTE-on").contains("is not a date"));
    }

    @Test
    void pagesGetAnHtmlErrorPageWhileTheApiKeepsProblemJson() {
        given().get("/campaigns/no-such-campaign-" + suffix()).then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found")).body(containsString("does not exist"));
        Api.problem(given().accept("application/json").get("/api/campaigns/no-such-campaign").then(), 404);
        given().get("/campaigns/" + campaign(Map.of("tag", authorities(1, "England & Wales")), 1) + "?sort=sideways")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("sideways"));
    }

    @Test
    void userTextIsEscapedInEveryPageAndTheReport() {
        String tag = authorities(1, "England & Wales");
        Map<String, Object> body = new java.util.HashMap<>(campaignBody("esc-" + suffix(), Map.of("tag", tag), 1));
        body.put("title", "<script>alert(1)</script>");
        body.put("description", "<img src=x onerror=alert(2)>");
        String slug = (String) body.get("slug");
        Api.json().body(body).post("/api/campaigns").then().statusCode(201);
        for (String path : List.of("/", "/campaigns/" + slug, "/campaigns/" + slug + "/report", "/campaigns/" + slug + "/edit")) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            assertFalse(html.contains("<script>alert(1)"), path);
            assertFalse(html.contains("<img src=x"), path);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path);
        }
    }

    @Test
    void theReportIsSelfContainedAndOfferedAsADownload() {
        String tag = authorities(2, "England & Wales");
        String slug = launched(Map.of("tag", tag), 2, "2024-01-10");
        event(requestId(slug, tag + "-0"), responded("2024-02-01", List.of(outcome(1, "EXEMPT", "43(2)"), outcome(2, "ANSWERED"))))
                .statusCode(201);
        String html = given().get("/campaigns/" + slug + "/report").then().statusCode(200).extract().asString();
        Document d = org.jsoup.Jsoup.parse(html);
        assertTrue(d.select("script, link, iframe, img, object, embed").isEmpty(), "nothing that loads");
        assertTrue(d.select("[src]").isEmpty());
        assertFalse(html.contains("url("), "no CSS fetches");
        assertEquals(2, d.select("svg").size(), "outcome chart and histogram inline");
        assertFalse(d.select("style").isEmpty());
        assertTrue(d.select("table.matrix").text().contains("s.43(2)"));
        assertTrue(d.text().contains("Method"));
        given().get("/campaigns/" + slug + "/report?download=true").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"" + slug + "-report-"));
    }
}
