package org.roundrobin.casework;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Cases;

/** GET /api/campaigns/{slug}/complaint-pack: the facts of one authority's response beside how the others answered. */
@QuarkusTest
class ComplaintPackTest {

    @Inject
    SessionFactory sessions;

    /**
     * Five authorities, three questions. Authority 0 (the one complained about): Q1 NCND s.31(3), Q2 not held, Q3 answered.
     * 1 answers everything; 2 answers Q1 partly; 3 neither confirms nor denies anything; 4 has not responded.
     */
    static String campaign() {
        String tag = authorities(5, "England & Wales");
        String slug = launched(Map.of("tag", tag), 3, "2017-08-10");
        event(requestId(slug, tag + "-0"), Map.of("type", "RESPONDED", "on", "2017-09-08", "authorityReference", "FOI-123",
                "outcomes", List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NOT_HELD"), outcome(3, "ANSWERED")))).statusCode(201);
        event(requestId(slug, tag + "-1"), responded("2017-09-01", all(3, "ANSWERED"))).statusCode(201);
        event(requestId(slug, tag + "-2"), responded("2017-09-01", List.of(outcome(1, "PARTLY_ANSWERED"), outcome(2, "ANSWERED"),
                outcome(3, "ANSWERED")))).statusCode(201);
        event(requestId(slug, tag + "-3"), responded("2017-09-01", all(3, "NCND", "31(3)"))).statusCode(201);
        return slug;
    }

    static String tagOf(String slug) {
        return given().get("/api/campaigns/" + slug).then().extract().path("targets.tag");
    }

    @Test
    void theMarkdownPackStatesTheResponseTheDatesAndTheOthersAnswers() {
        String slug = campaign();
        String tag = tagOf(slug);
        String md = given().queryParam("authority", tag + "-0").get("/api/campaigns/" + slug + "/complaint-pack").then()
                .statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        assertContains(md, "# Complaint to the Information Commissioner's Office: Authority 0 " + tag);
        assertContains(md, "| Authority's reference | FOI-123 |");
        assertContains(md, "| Request sent | 10 August 2017 |");
        assertContains(md, "| Response received | 8 September 2017 (20 working days) |");
        assertContains(md, "> Please provide the following information.");
        assertContains(md, "| Q1 Question 1 | Neither confirmed nor denied that the information is held | s.31(3) (Law enforcement, neither confirm nor deny) |");
        assertContains(md, "| Q2 Question 2 | Information not held |  |");
        assertContains(md, "## How the other 4 authorities answered the same request");
        //                 question        full partly NCND notheld other none
        assertContains(md, "| Q1 Question 1 | 1 | 1 | 1 | 0 | 0 | 1 |");
        assertContains(md, "| Q2 Question 2 | 2 | 0 | 1 | 0 | 0 | 1 |");
        assertContains(md, "- **Q1 Question 1**: answered in full by Authority 1 " + tag + "; partly answered by Authority 2 " + tag + ".");
        assertContains(md, "- **Q3 Question 3**: answered in full by Authority 1 " + tag + ", Authority 2 " + tag + "; partly answered by none.");
        assertContains(md, "_Write here, in your own words,");
        assertEquals(-1, md.indexOf('{'), "no template expression left unrendered:\n" + md);
    }

    @Test
    void thePlainTextPackCarriesTheCaseAndItsGrounds() {
        String slug = campaign();
        String tag = tagOf(slug);
        String ref = Cases.icoRef();
        json().body(Map.of("reference", ref, "requestId", requestId(slug, tag + "-0"), "submittedOn", "2017-12-01",
                "grounds", "Other forces answered Q1.", "sectionsContested", List.of("31(3)"))).post("/api/cases").then().statusCode(201);
        String text = given().queryParam("authority", tag + "-0").queryParam("format", "text")
                .get("/api/campaigns/" + slug + "/complaint-pack").then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asString();
        assertContains(text, "COMPLAINT TO THE Information Commissioner's Office: Authority 0 " + tag);
        assertContains(text, "ICO case reference: " + ref);
        assertContains(text, "- Complaint to the ICO: 1 December 2017 (case " + ref + ")");
        assertContains(text, "- Q1 Question 1: answered in full 1, partly answered 1, neither confirmed nor denied 1, not held 0, other refusal 0, no response yet 1.");
        assertContains(text, "  Answered in full by: Authority 1 " + tag + ".");
        assertContains(text, "Other forces answered Q1.");
        assertContains(text, "Sections contested: s.31(3) (Law enforcement, neither confirm nor deny)");
        assertEquals(-1, text.indexOf('|'), "plain text has no Markdown tables");
    }

    @Test
    void badParametersAreRefused() {
        String slug = campaign();
        String tag = tagOf(slug);
        problem(given().get("/api/campaigns/" + slug + "/complaint-pack").then(), 400).body("errors[0].field", is("authority"));
        problem(given().queryParam("authority", tag + "-0").queryParam("format", "pdf")
                .get("/api/campaigns/" + slug + "/complaint-pack").then(), 400).body("errors[0].field", is("format"));
        problem(given().queryParam("authority", "nobody-" + tag).get("/api/campaigns/" + slug + "/complaint-pack").then(), 404);
        problem(given().queryParam("authority", tag + "-0").get("/api/campaigns/no-" + slug + "/complaint-pack").then(), 404);
    }

    @Test
    void aPackCostsTheSameStatementsWhateverTheCampaignsSize() {
        String small = launched(Map.of("tag", authorities(2, "England & Wales")), 2, "2017-08-10");
        String large = campaign();
        assertEquals(statements(small, tagOf(small) + "-0"), statements(large, tagOf(large) + "-0"));
    }

    private long statements(String slug, String authority) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        given().queryParam("authority", authority).get("/api/campaigns/" + slug + "/complaint-pack").then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }

    static void assertContains(String text, String part) {
        if (!text.contains(part)) throw new AssertionError("Expected to find\n  " + part + "\nin\n" + text);
    }
}
