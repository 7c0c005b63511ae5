package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Restores into the shared (never empty) database: refusals, validation before writing, and merging. */
@QuarkusTest
class ImportTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void restoreIntoADatabaseWithDataIsRefusedUnlessMerging() throws Exception {
        String tag = authorities(1, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 1, "2017-08-10");
        ObjectNode doc = campaignDocument(campaign);
        ((ObjectNode) doc.withArray("/sections/campaigns").get(0)).put("title", "Changed by a restore");
        problem(json().body(doc.toString()).post("/api/import").then(), 409)
                .body("detail", containsString("merge=true")).body("holding", hasItem("campaigns"));
        given().get("/api/campaigns/" + campaign).then().body("title", is("Campaign " + campaign));
    }

    @Test
    void aBadDocumentChangesNothingAndNamesEveryFault() throws Exception {
        String tag = authorities(1, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 2, "2017-08-10");
        ObjectNode doc = campaignDocument(campaign);
        String fresh = "fresh-" + suffix();
        ObjectNode authority = ((ObjectNode) doc.withArray("/sections/authorities").get(0)).deepCopy();
        authority.put("slug", fresh);
        doc.withArray("/sections/authorities").add(authority); // valid on its own: must not be written either
        ((ObjectNode) doc.withArray("/sections/campaigns").get(0)).put("title", "Renamed");
        ArrayNode events = doc.withArray("/sections/requests").get(0).withArray("events");
        events.addObject().put("seq", 2).put("type", "DECISION_NOTICE").put("on", "2017-09-01").put("decision", "UPHELD");
        events.addObject().put("seq", 3).put("type", "RESPONDED").put("on", "2017-09-02")
                .putArray("answers").addObject().put("question", 9).put("outcome", "ANSWERED");

        problem(json().body(doc.toString()).queryParam("merge", true).post("/api/import").then(), 400)
                .body("errors.field", hasItems("sections.requests[0].events[2].answers[0].question"));
        given().get("/api/authorities/" + fresh).then().statusCode(404);
        given().get("/api/campaigns/" + campaign).then().body("title", is("Campaign " + campaign));

        events.remove(2);
        problem(json().body(doc.toString()).queryParam("merge", true).post("/api/import").then(), 400)
                .body("errors[0].field", is("sections.requests[0].events"))
                .body("errors[0].message", containsString("decision notice needs a complaint"));
        given().get("/api/authorities/" + fresh).then().statusCode(404);
    }

    @Test
    void documentsOfAnotherFormatVersionOrShapeAreRefused() throws Exception {
        String tag = authorities(1, "England & Wales");
        ObjectNode doc = campaignDocument(launched(Map.of("tag", tag), 1, "2017-08-10"));
        problem(json().body(doc.deepCopy().put("version", 2).toString()).post("/api/import?merge=true").then(), 400)
                .body("errors[0].field", is("version")).body("errors[0].message", containsString("upgrade"));
        problem(json().body(doc.deepCopy().put("format", "csv").toString()).post("/api/import?merge=true").then(), 400)
                .body("errors[0].field", is("format"));
        ObjectNode unknownSection = doc.deepCopy();
        unknownSection.with("sections").putArray("widgets");
        problem(json().body(unknownSection.toString()).post("/api/import?merge=true").then(), 400)
                .body("errors[0].field", is("sections.widgets")).body("errors[0].message", containsString("refusing rather than dropping"));
        ObjectNode unknownField = doc.deepCopy();
        ((ObjectNode) unknownField.withArray("/sections/campaigns").get(0)).put("colour", "blue");
        problem(json().body(unknownField.toString()).post("/api/import?merge=true").then(), 400)
                .body("errors[0].field", startsWith("sections.campaigns[0]")).body("errors[0].message", containsString("colour"));
        problem(json().body("{\"format\":").post("/api/import").then(), 400);
    }

    @Test
    void mergeUpsertsBySlugAndAppendsOnlyTheEventsNotYetRecorded() throws Exception {
        String tag = authorities(2, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 2, "2017-08-10");
        long first = requestId(campaign, tag + "-0");
        event(first, Map.of("type", "ACKNOWLEDGED", "on", "2017-08-11")).statusCode(201);
        ObjectNode doc = campaignDocument(campaign);
        ((ObjectNode) doc.withArray("/sections/campaigns").get(0)).put("title", "Renamed by merge");
        ArrayNode events = doc.withArray("/sections/requests").get(0).withArray("events");
        ObjectNode response = events.addObject().put("seq", 3).put("type", "RESPONDED").put("on", "2017-09-01")
                .put("recordedAt", "2017-09-01T12:00:00Z").put("recordedBy", "colleague");
        response.putArray("answers").add(MAPPER.valueToTree(Map.of("question", 1, "outcome", "NCND", "sections", List.of("s.31(3)"))))
                .add(MAPPER.valueToTree(Map.of("question", 2, "outcome", "NOT_HELD")));

        json().body(doc.toString()).queryParam("merge", true).post("/api/import").then().statusCode(200)
                .body("merge", is(true))
                .body("sections.authorities.unchanged", is(2)).body("sections.authorities.added", is(0))
                .body("sections.campaigns.updated", is(1))
                .body("sections.requests.updated", is(1)).body("sections.requests.unchanged", is(1));
        given().get("/api/campaigns/" + campaign).then().body("title", is("Renamed by merge"));
        given().get("/api/requests/" + first).then().body("status", is("RESPONDED"))
                .body("events.type", contains("SENT", "ACKNOWLEDGED", "RESPONDED"))
                .body("events[2].recordedBy", is("colleague"))
                .body("answers[0].sections", contains("31(3)"));

        // The same document again: everything is already there, nothing changes.
        json().body(doc.toString()).queryParam("merge", true).post("/api/import").then().statusCode(200)
                .body("sections.campaigns.unchanged", is(1)).body("sections.requests.unchanged", is(2));
        given().get("/api/requests/" + first).then().body("events", hasSize(3));
    }

    static ObjectNode campaignDocument(String campaign) throws Exception {
        return (ObjectNode) MAPPER.readTree(given().get("/api/campaigns/" + campaign + "/export.json").then().statusCode(200)
                .header("Content-Disposition", containsString(campaign)).extract().asString());
    }
}
