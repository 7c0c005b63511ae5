package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Statements;

/** One campaign's JSON document: what it holds, and that it streams in a fixed number of statements. */
@QuarkusTest
class JsonExportTest {

    @Test
    void aCampaignsDocumentHoldsItsTimelinesAndOnlyTheAuthoritiesItUses() {
        String tag = authorities(2, "England & Wales");
        authorities(1, "England & Wales"); // not targeted: not exported
        String campaign = launched(Map.of("tag", tag), 2, "2017-08-10");
        long id = requestId(campaign, tag + "-0");
        long responded = ((Number) event(id, responded("2017-09-08", List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NOT_HELD"))))
                .statusCode(201).extract().jsonPath().getList("events.id").get(1)).longValue();
        event(id, Map.of("type", "CORRECTED", "on", "2017-09-12", "corrects", responded,
                "outcomes", List.of(outcome(1, "NCND", "31(3)", "24(2)"), outcome(2, "NOT_HELD")))).statusCode(201);
        given().get("/api/campaigns/" + campaign + "/export.json").then().statusCode(200).contentType(startsWith("application/json"))
                .body("format", is("round-robin-export")).body("version", is(1)).body("campaign", is(campaign))
                .body("sections.seeds", empty())
                .body("sections.authorities.slug", contains(tag + "-0", tag + "-1"))
                .body("sections.campaigns.slug", contains(campaign))
                .body("sections.campaigns[0].questions.number", contains(1, 2))
                .body("sections.requests.authority", contains(tag + "-0", tag + "-1"))
                .body("sections.requests[0].events.type", contains("SENT", "RESPONDED", "CORRECTED"))
                .body("sections.requests[0].events[1].answers[0].sections", contains("31(3)"))
                .body("sections.requests[0].events[2].corrects", is(2))
                .body("sections.requests[0].events[2].answers[0].sections", contains("31(3)", "24(2)"))
                .body("sections.requests[0].events[0].recordedBy", is("admin")) // the signed-in user who recorded it
                .body("sections.requests[0].events[0]", not(hasKey("id")))
                .body("sections.requests[1].events.type", contains("SENT"))
                .body("sections.correspondence", empty());
    }

    @Test
    void theDocumentStreamsInAFixedNumberOfStatements() {
        long few = statements(3);
        long many = statements(40);
        assertEquals(few, many, "no statement per request or event");
        assertTrue(few <= 16, "was " + few); // one or a few per section (nine sections), whatever the size
    }

    private long statements(int n) {
        String tag = authorities(n, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 3, "2017-08-10");
        for (long id : requestIds(campaign)) event(id, responded("2017-09-01", all(3, "NOT_HELD"))).statusCode(201);
        return Statements.count(() -> given().get("/api/campaigns/" + campaign + "/export.json").then().statusCode(200)
                .body("sections.requests", hasSize(n)));
    }
}
