package org.roundrobin.request;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refusal leaves the request exactly as it was: same events, same status, same version. */
@QuarkusTest
class EventRefusalTest {

    static long fresh(int questions) {
        String campaign = launched(Map.of("authorities", List.of("kent")), questions, "2024-02-01");
        return requestId(campaign, "kent");
    }

    static JsonPath snapshot(long id) {
        return given().get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
    }

    static void unchanged(long id, JsonPath before) {
        JsonPath after = snapshot(id);
        assertEquals(before.getList("events").size(), after.getList("events").size(), "events");
        assertEquals((Object) before.get("version"), after.get("version"), "version");
        assertEquals((Object) before.get("status"), after.get("status"), "status");
        assertEquals((Object) before.get("outcome"), after.get("outcome"), "outcome");
    }

    @Test
    void decisionNoticeWithoutComplaintIsRefusedSayingWhatIsAllowed() {
        long id = fresh(1);
        JsonPath before = snapshot(id);
        problem(event(id, Map.of("type", "DECISION_NOTICE", "on", "2024-03-01", "decision", "UPHELD")), 409)
                .body("detail", containsString("complaint"))
                .body("allowed", hasItems("RESPONDED", "NOTE"))
                .body("allowed", not(hasItem("DECISION_NOTICE")));
        unchanged(id, before);
    }

    @Test
    void responseBeforeTheRequestWasSentIsRefused() {
        long id = fresh(1);
        JsonPath before = snapshot(id);
        problem(event(id, responded("2024-01-15", all(1, "ANSWERED"))), 409)
                .body("detail", containsString("before the request was sent on 2024-02-01"));
        unchanged(id, before);
    }

    @Test
    void eventInTheFutureIsRefused() {
        long id = fresh(1);
        JsonPath before = snapshot(id);
        problem(event(id, Map.of("type", "NOTE", "on", "2999-01-01", "note", "hello")), 409)
                .body("detail", containsString("future"));
        unchanged(id, before);
    }

    @Test
    void staleVersionIsRefused() {
        long id = fresh(1);
        int version = snapshot(id).getInt("version");
        event(id, Map.of("type", "NOTE", "on", "2024-02-02", "note", "first", "version", version)).statusCode(201);
        JsonPath before = snapshot(id);
        problem(event(id, Map.of("type", "NOTE", "on", "2024-02-02", "note", "second", "version", version)), 409)
                .body("detail", containsString("version"));
        unchanged(id, before);
    }

    @Test
    void foisaHasNoPublicInterestExtension() {
        String campaign = launched(Map.of("authorities", List.of("police-scotland")), 1, "2024-02-01");
        long id = requestId(campaign, "police-scotland");
        JsonPath before = snapshot(id);
        assertEquals(false, before.getList("allowedEvents").contains("EXTENDED"));
        problem(event(id, Map.of("type", "EXTENDED", "on", "2024-02-20", "extendedTo", "2024-04-01")), 409)
                .body("detail", containsString("FOISA"));
        unchanged(id, before);
    }

    @Test
    void ncndMustCiteASectionWithAnNcndProvision() {
        long id = fresh(2);
        JsonPath before = snapshot(id);
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "NCND", "31(1)(a)"), outcome(2, "ANSWERED")))), 400)
                .body("errors[0].field", is("outcomes[0].sections"))
                .body("errors[0].message", containsString("NCND"));
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "NCND"), outcome(2, "ANSWERED")))), 400)
                .body("errors[0].field", is("outcomes[0].sections"));
        unchanged(id, before);
    }

    @Test
    void sectionsAreCheckedAgainstTheRequestsLaw() {
        long id = fresh(1);
        JsonPath before = snapshot(id);
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "EXEMPT", "99(1)")))), 400)
                .body("errors[0].field", is("outcomes[0].sections[0]"));
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "EXEMPT", "17")))), 400); // procedure, not an exemption
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "COST_LIMIT", "31(1)")))), 400);
        unchanged(id, before);
        // A FOISA NCND under s.18 is fine for Police Scotland, and FOIA's 31(3) is not an NCND there.
        String campaign = launched(Map.of("authorities", List.of("police-scotland")), 1, "2024-02-01");
        long scot = requestId(campaign, "police-scotland");
        problem(event(scot, responded("2024-02-20", List.of(outcome(1, "NCND", "31(3)")))), 400);
        event(scot, responded("2024-02-20", List.of(outcome(1, "NCND", "18(1)", "35(1)(a)")))).statusCode(201)
                .body("outcome", is("NCND"));
    }

    @Test
    void everyQuestionNeedsAnOutcome() {
        long id = fresh(3);
        JsonPath before = snapshot(id);
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "ANSWERED"), outcome(3, "ANSWERED")))), 400)
                .body("detail", containsString("Q2"));
        problem(event(id, responded("2024-02-20", List.of(outcome(1, "ANSWERED"), outcome(2, "ANSWERED"), outcome(3, "ANSWERED"),
                outcome(4, "ANSWERED")))), 400).body("errors[0].field", is("outcomes[3].question"));
        problem(event(id, Map.of("type", "RESPONDED", "on", "2024-02-20")), 400).body("errors[0].field", is("outcomes"));
        unchanged(id, before);
    }

    @Test
    void malformedEventsNameTheField() {
        long id = fresh(1);
        JsonPath before = snapshot(id);
        problem(event(id, Map.of("type", "TELEPATHY", "on", "2024-02-20")), 400).body("errors[0].field", is("type"));
        problem(event(id, Map.of("type", "NOTE", "on", "20/02/2024")), 400).body("errors[0].field", is("on"));
        problem(event(id, Map.of("type", "NOTE")), 400).body("errors[0].field", is("on"));
        problem(event(id, Map.of("type", "NOTE", "on", "2024-02-20", "decision", "UPHELD")), 400)
                .body("errors[0].field", is("decision"));
        problem(event(id, Map.of("type", "EXTENDED", "on", "2024-02-20")), 400).body("errors[0].field", is("extendedTo"));
        problem(event(id, Map.of("type", "NOTE", "on", "2024-02-20", "colour", "red")), 400).body("errors[0].field", is("colour"));
        unchanged(id, before);
        problem(event(999_999_999L, Map.of("type", "NOTE", "on", "2024-02-20")), 404);
    }

    @Test
    void concurrentAppendsOnOneVersionNeverBothSucceed() throws Exception {
        long id = fresh(1);
        int version = snapshot(id).getInt("version");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            results.add(pool.submit(() -> event(id, Map.of("type", "NOTE", "on", "2024-02-02", "note", "writer " + n,
                    "version", version)).extract().statusCode()));
        }
        int created = 0;
        for (var f : results) {
            int status = f.get();
            if (status == 201) created++;
            else assertEquals(409, status);
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(2, snapshot(id).getList("events").size());
    }

    @Test
    void aResponseIsCorrectedByANewEventNeverByEditingHistory() {
        long id = fresh(2);
        event(id, responded("2024-02-20", List.of(outcome(1, "ANSWERED"), outcome(2, "NOT_HELD")))).statusCode(201);
        event(id, Map.of("type", "REVIEW_REQUESTED", "on", "2024-03-01")).statusCode(201);
        long respondedEvent = ((Number) snapshot(id).getList("events.findAll { it.type == 'RESPONDED' }.id").get(0)).longValue();
        Map<String, Object> correction = new HashMap<>();
        correction.put("type", "CORRECTED");
        correction.put("on", "2024-02-20"); // when the corrected response happened
        correction.put("corrects", respondedEvent);
        correction.put("outcomes", List.of(outcome(1, "ANSWERED"), outcome(2, "EXEMPT", "43(2)")));
        correction.put("note", "Q2 was withheld, not 'not held'.");
        event(id, correction).statusCode(201)
                .body("status", is("REVIEW_OVERDUE")).body("outcome", is("PARTLY_ANSWERED"))
                .body("respondedOn", is("2024-02-20"))
                .body("answers.find { it.question == 2 }.outcome", is("EXEMPT"));
        snapshot(id);
        given().get("/api/requests/" + id).then()
                .body("events.type", contains("SENT", "RESPONDED", "REVIEW_REQUESTED", "CORRECTED"))
                .body("events[1].outcomes[1].outcome", is("NOT_HELD"));
        JsonPath before = snapshot(id);
        correction.put("corrects", 123456789L);
        problem(event(id, correction), 409);
        unchanged(id, before);
    }
}
