package org.roundrobin.request;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.TestClock;

/**
 * domain.md's worked example, replayed event by event through the API on the days they happened:
 * Cambridgeshire Constabulary and the six-question "Internet of Things" request of 10 August 2017.
 */
@QuarkusTest
class WorkedExampleTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static void on(String day) {
        TestClock.set(LocalDate.parse(day));
    }

    static io.restassured.response.ValidatableResponse request(long id) {
        return given().get("/api/requests/" + id).then().statusCode(200);
    }

    @Test
    void cambridgeshireFromRequestToDecisionNotice() {
        on("2017-08-10");
        String campaign = launched(Map.of("authorities", List.of("cambridgeshire")), 6, "2017-08-10");
        long id = requestId(campaign, "cambridgeshire");
        request(id).body("status", is("AWAITING_RESPONSE")).body("law", is("FOIA")).body("regulator", is("ICO"))
                .body("sentOn", is("2017-08-10"))
                .body("dueOn", is("2017-09-08")) // 20 working days; 28 August 2017 was a bank holiday
                .body("deadlines.responseDue", is("2017-09-08"))
                .body("deadlines.veryOverdueOn", is("2017-10-06"))
                .body("events", hasSize(1)).body("events[0].type", is("SENT"))
                .body("allowedEvents", hasItems("RESPONDED", "EXTENDED", "CLARIFICATION_REQUESTED"))
                .body("allowedEvents", not(hasItem("DECISION_NOTICE")));

        on("2017-09-08");
        request(id).body("status", is("AWAITING_RESPONSE")).body("workingDaysLate", is(0)); // the last day is not late
        given().get("/api/campaigns/" + campaign + "/requests").then()
                .body("[0].status", is("AWAITING_RESPONSE")).body("[0].dueOn", is("2017-09-08"));

        List<Map<String, Object>> outcomes = List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NCND", "s.31(3)"),
                outcome(3, "NCND", "section 31(3)"), outcome(4, "NCND", "31(3)"), outcome(5, "NOT_HELD"), outcome(6, "NCND", "31(3)"));
        event(id, Map.of("type", "RESPONDED", "on", "2017-09-08", "authorityReference", "F-2017-123", "outcomes", outcomes,
                "note", "Public interest favours NCND.")).statusCode(201)
                .body("status", is("RESPONDED")).body("outcome", is("NCND"))
                .body("respondedOn", is("2017-09-08")).body("workingDaysTaken", is(20)).body("workingDaysLate", is(0))
                .body("deadlines.reviewRequestBy", is("2017-11-03"))
                .body("answers.find { it.question == 1 }.sections", contains("31(3)"))
                .body("answers.find { it.question == 2 }.sections", contains("31(3)"))
                .body("answers.find { it.question == 5 }.outcome", is("NOT_HELD"));
        given().get("/api/campaigns/" + campaign + "/requests").then()
                .body("[0].status", is("RESPONDED")).body("[0].outcome", is("NCND")).body("[0].respondedOn", is("2017-09-08"));

        // Seven months later the ICO asks for an internal review first; it is declined as out of time.
        on("2018-04-11");
        event(id, Map.of("type", "REVIEW_REQUESTED", "on", "2018-04-11")).statusCode(201)
                .body("status", is("REVIEW_PENDING"))
                .body("deadlines.reviewResponseDue", is("2018-05-10")); // 20 working days; 7 May 2018 a bank holiday
        on("2018-04-12");
        event(id, Map.of("type", "REVIEW_RESPONDED", "on", "2018-04-12", "reviewResult", "DECLINED",
                "note", "Out of time: the window closed on 3 November 2017.")).statusCode(201)
                .body("status", is("REVIEWED")).body("reviewResult", is("DECLINED"))
                .body("outcome", is("NCND"))
                .body("deadlines.complaintBy", is("2018-05-24")); // six weeks, current ICO guidance
        on("2018-04-16");
        event(id, Map.of("type", "COMPLAINT_SUBMITTED", "on", "2018-04-16", "caseReference", "FS50739797")).statusCode(201)
                .body("status", is("WITH_REGULATOR"));
        on("2018-09-20");
        event(id, Map.of("type", "DECISION_NOTICE", "on", "2018-09-20", "decision", "UPHELD", "caseReference", "FS50739797"))
                .statusCode(201)
                .body("status", is("DECIDED")).body("decision", is("UPHELD"))
                .body("deadlines.complianceDue", is("2018-10-25"))
                .body("deadlines.appealBy", is("2018-10-18"))
                .body("allowedEvents", hasItem("APPEAL_LODGED"));
        request(id).body("events.type", contains("SENT", "RESPONDED", "REVIEW_REQUESTED", "REVIEW_RESPONDED",
                "COMPLAINT_SUBMITTED", "DECISION_NOTICE"))
                .body("events[1].authorityReference", is("F-2017-123"))
                .body("events[1].recordedBy", notNullValue())
                .body("events[1].recordedAt", notNullValue());
    }

    @Test
    void withoutAResponseTheRequestBecomesOverdueThenVeryOverdue() {
        on("2017-08-10");
        String campaign = launched(Map.of("authorities", List.of("cambridgeshire")), 6, "2017-08-10");
        long id = requestId(campaign, "cambridgeshire");
        on("2017-09-11");
        request(id).body("status", is("OVERDUE")).body("workingDaysLate", is(1));
        given().queryParam("overdue", true).get("/api/campaigns/" + campaign + "/requests").then().body("id", contains((int) id));
        on("2017-10-06");
        request(id).body("status", is("OVERDUE")).body("workingDaysLate", is(20));
        on("2017-10-09");
        request(id).body("status", is("VERY_OVERDUE"));
        given().queryParam("status", "VERY_OVERDUE").get("/api/campaigns/" + campaign + "/requests").then().body("id", contains((int) id));
        given().queryParam("status", "RESPONDED").get("/api/campaigns/" + campaign + "/requests").then().body("$", empty());
    }
}
