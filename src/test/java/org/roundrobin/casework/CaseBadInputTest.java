package org.roundrobin.casework;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.event;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Cases;

/** Bad input is refused with a problem naming the field, and leaves the cases and the timelines as they were. */
@QuarkusTest
class CaseBadInputTest {

    static final String E_W = "England & Wales";

    static void noCases(String campaign) {
        given().get("/api/campaigns/" + campaign + "/cases").then().statusCode(200).body("$", empty());
    }

    @Test
    void unknownReferenceFormatIsRefused() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        List<String> before = Cases.eventTypes(c.request(0));
        for (String bad : List.of("FS5073979", "FS507397977", "FER712345", "IC-177886-B5H", "IC177886-B5H5", "45/2018", "case 1", "")) {
            problem(Cases.open(bad, c.request(0), null, "2018-04-16"), 400).body("errors.field", hasItem("reference"));
        }
        problem(Cases.open("FS5073979", c.request(0), null, "2018-04-16"), 400)
                .body("errors[0].message", containsString("FS50 and six digits"));
        noCases(c.slug());
        Cases.get("FS5073979").statusCode(404);
        assertEquals(before, Cases.eventTypes(c.request(0)));
        Cases.request(c.request(0)).body("status", is("RESPONDED"));
    }

    @Test
    void aReferenceMustBeTheRequestsRegulators() {
        Cases.Responded scottish = Cases.responded(1, "Scotland", 2, "2017-08-10", "2017-09-01");
        Cases.Responded english = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        problem(Cases.open(Cases.icoRef(), scottish.request(0), null, "2018-04-16"), 400)
                .body("errors[0].field", is("reference"))
                .body("errors[0].message", containsString("Scottish Information Commissioner"));
        problem(Cases.open(Cases.sicRef(), english.request(0), null, "2018-04-16"), 400)
                .body("errors[0].message", containsString("Information Commissioner's Office"));
        noCases(scottish.slug());
        noCases(english.slug());
        assertEquals(List.of("SENT", "RESPONDED"), Cases.eventTypes(scottish.request(0)));

        String decision = Cases.sicDecision();
        Cases.open(decision, scottish.request(0), null, "2018-04-16").statusCode(201)
                .body("regulator", is("SCOTTISH_INFORMATION_COMMISSIONER")).body("law", is("FOISA"));
        Cases.get(decision).statusCode(200).body("reference", is(decision)); // the slash of NNN/YYYY is part of the path
        Cases.decide(decision, "2018-09-20", "NOT_UPHELD").statusCode(200)
                .body("decision.appealBy", is("2018-11-01")).body("decision.appealTo", containsString("Court of Session"));
    }

    @Test
    void missingAndImpossibleFieldsAreEachNamed() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        problem(json().body(Map.of("reference", Cases.icoRef())).post("/api/cases").then(), 400)
                .body("errors.field", hasItems("requestId", "submittedOn"));
        problem(json().body(Map.of("reference", Cases.icoRef(), "requestId", 987654321, "submittedOn", "2018-04-16"))
                .post("/api/cases").then(), 400).body("errors.field", contains("requestId"));
        problem(json().body(Map.of("reference", Cases.icoRef(), "requestId", c.request(0), "submittedOn", "2018-04-16",
                "acceptedOn", "2018-04-01", "sectionsContested", List.of("31(3)", "s.99"), "leadReference", "FS50999999"))
                .post("/api/cases").then(), 400)
                .body("errors.field", containsInAnyOrder("acceptedOn", "sectionsContested[1]", "leadReference"));
        problem(json().body(Map.of("reference", Cases.icoRef(), "requestId", c.request(0), "submittedOn", "2999-01-01"))
                .post("/api/cases").then(), 400).body("errors.field", contains("submittedOn"));
        problem(json().body(Map.of("reference", Cases.icoRef(), "requestId", c.request(0), "submittedOn", "2018-04-16",
                "regulator", "ICO")).post("/api/cases").then(), 400).body("errors.field", contains("regulator"));
        noCases(c.slug());
        assertEquals(List.of("SENT", "RESPONDED"), Cases.eventTypes(c.request(0)));
    }

    @Test
    void aDecisionDatedBeforeTheComplaintIsRefused() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201);
        problem(Cases.decide(ref, "2018-04-15", "UPHELD"), 400)
                .body("errors[0].field", is("decidedOn")).body("errors[0].message", containsString("before the complaint"));
        problem(json().body(Map.of("decidedOn", "2018-09-20", "outcome", "UPHELD", "complianceDue", "2018-09-01"))
                .post("/api/cases/" + ref + "/decision").then(), 400).body("errors[0].field", is("complianceDue"));
        problem(json().body(Map.of("decidedOn", "2018-09-20")).post("/api/cases/" + ref + "/decision").then(), 400)
                .body("errors[0].field", is("outcome"));
        Cases.get(ref).statusCode(200).body("decision", nullValue()).body("status", is("WITH_REGULATOR"));
        assertEquals(List.of("SENT", "RESPONDED", "COMPLAINT_SUBMITTED"), Cases.eventTypes(c.request(0)));
    }

    @Test
    void aSecondDecisionIsAConflictThatPointsToTheCorrection() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201);
        Cases.decide(ref, "2018-09-20", "UPHELD").statusCode(200);
        problem(Cases.decide(ref, "2018-09-21", "NOT_UPHELD"), 409)
                .body("detail", containsString("correction")).body("correction", is("/api/cases/" + ref + "/decision/correction"));
        Cases.get(ref).body("decision.decidedOn", is("2018-09-20")).body("decision.outcome", is("UPHELD"));
        assertEquals(List.of("SENT", "RESPONDED", "COMPLAINT_SUBMITTED", "DECISION_NOTICE"), Cases.eventTypes(c.request(0)));
        Cases.request(c.request(0)).body("decision", is("UPHELD"));
    }

    @Test
    void aComplaintTheTimelineRefusesLeavesNoCase() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        event(c.request(0), Map.of("type", "WITHDRAWN", "on", "2017-09-05")).statusCode(201);
        String ref = Cases.icoRef();
        Cases.refusedByTimeline(Cases.open(ref, c.request(0), null, "2018-04-16")).body("allowed", notNullValue());
        Cases.get(ref).statusCode(404);
        noCases(c.slug());
        assertEquals(List.of("SENT", "RESPONDED", "WITHDRAWN"), Cases.eventTypes(c.request(0)));
    }

    @Test
    void aReferenceOrARequestIsTakenOnce() {
        Cases.Responded c = Cases.responded(2, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201);
        problem(Cases.open(ref.toLowerCase(), c.request(1), null, "2018-04-16"), 409).body("detail", containsString("already recorded"));
        problem(Cases.open(Cases.icoRef(), c.request(0), null, "2018-04-16"), 409).body("detail", containsString("already has case " + ref));
        given().get("/api/campaigns/" + c.slug() + "/cases").then().body("reference", contains(ref));
        assertEquals(List.of("SENT", "RESPONDED"), Cases.eventTypes(c.request(1)));
    }
}
