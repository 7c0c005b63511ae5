package org.roundrobin.casework;

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

/** A case and its request's timeline never disagree, whichever way the events arrive. */
@QuarkusTest
class CaseTimelineSyncTest {

    static final String E_W = "England & Wales";

    @Test
    void aCorrectionAppendsACorrectedEventAndUpdatesTheCase() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201);
        Cases.decide(ref, "2018-09-20", "UPHELD").statusCode(200);
        int decisionEvent = Cases.request(c.request(0)).extract().path("events[-1].id");

        json().body(Map.of("outcome", "PARTLY_UPHELD", "complianceDue", "2018-11-30", "stepsOrdered", "Disclose Q1.",
                        "note", "The notice upheld the complaint in part."))
                .post("/api/cases/" + ref + "/decision/correction").then().statusCode(200)
                .body("decision.decidedOn", is("2018-09-20")).body("decision.outcome", is("PARTLY_UPHELD"))
                .body("decision.complianceDue", is("2018-11-30")).body("decision.complianceDueFromNotice", is(true))
                .body("decision.appealBy", is("2018-10-18")).body("decision.stepsOrdered", is("Disclose Q1."));
        Cases.request(c.request(0)).body("decision", is("PARTLY_UPHELD")).body("deadlines.complianceDue", is("2018-11-30"))
                .body("events[-1].type", is("CORRECTED")).body("events[-1].corrects", is(decisionEvent))
                .body("events[-1].caseReference", is(ref));

        // A corrected date moves the derived windows with it.
        json().body(Map.of("decidedOn", "2018-09-27")).post("/api/cases/" + ref + "/decision/correction").then().statusCode(200)
                .body("decision.decidedOn", is("2018-09-27")).body("decision.appealBy", is("2018-10-25"))
                .body("decision.outcome", is("PARTLY_UPHELD"));
        Cases.request(c.request(0)).body("deadlines.appealBy", is("2018-10-25"));
    }

    @Test
    void aCorrectionMustSayWhatChangesAndNeedsADecision() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201);
        problem(json().body(Map.of("outcome", "UPHELD")).post("/api/cases/" + ref + "/decision/correction").then(), 409)
                .body("detail", containsString("no decision to correct"));
        Cases.decide(ref, "2018-09-20", "UPHELD").statusCode(200);
        problem(json().body(Map.of("note", "nothing")).post("/api/cases/" + ref + "/decision/correction").then(), 400);
        problem(json().body(Map.of("decidedOn", "2018-01-01")).post("/api/cases/" + ref + "/decision/correction").then(), 400)
                .body("errors[0].field", is("decidedOn"));
        assertEquals(List.of("SENT", "RESPONDED", "COMPLAINT_SUBMITTED", "DECISION_NOTICE"), Cases.eventTypes(c.request(0)));
        Cases.get(ref).body("decision.decidedOn", is("2018-09-20"));
    }

    @Test
    void aDecisionRecordedOnTheRequestReachesItsCase() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201);
        event(c.request(0), Map.of("type", "DECISION_NOTICE", "on", "2018-09-20", "decision", "NOT_UPHELD")).statusCode(201);
        Cases.get(ref).body("decision.decidedOn", is("2018-09-20")).body("decision.outcome", is("NOT_UPHELD"))
                .body("decision.complianceDue", is("2018-10-25"));
        problem(Cases.decide(ref, "2018-09-20", "NOT_UPHELD"), 409);
    }

    @Test
    void aCaseForAComplaintAlreadyOnTheTimelineLinksToIt() {
        Cases.Responded c = Cases.responded(2, E_W, 2, "2017-08-10", "2017-09-01");
        event(c.request(0), Map.of("type", "COMPLAINT_SUBMITTED", "on", "2018-04-16")).statusCode(201);
        event(c.request(0), Map.of("type", "DECISION_NOTICE", "on", "2018-09-20", "decision", "UPHELD")).statusCode(201);
        String ref = Cases.icoRef();
        Cases.refusedByTimeline(Cases.open(ref, c.request(0), null, "2018-04-17"));
        Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201)
                .body("status", is("DECIDED")).body("decision.decidedOn", is("2018-09-20")).body("decision.outcome", is("UPHELD"));
        assertEquals(List.of("SENT", "RESPONDED", "COMPLAINT_SUBMITTED", "DECISION_NOTICE"), Cases.eventTypes(c.request(0)));

        // A complaint recorded with another case's reference is not taken over.
        event(c.request(1), Map.of("type", "COMPLAINT_SUBMITTED", "on", "2018-04-16", "caseReference", "FS50123456")).statusCode(201);
        problem(Cases.open(Cases.icoRef(), c.request(1), null, "2018-04-16"), 409).body("detail", containsString("FS50123456"));
    }
}
