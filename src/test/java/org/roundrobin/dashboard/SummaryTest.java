package org.roundrobin.dashboard;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Timelines;
import org.roundrobin.support.Statements;

@QuarkusTest
class SummaryTest {

    @Inject
    Timelines timelines;

    @Test
    void countsTheResponsePattern() {
        String tag = authorities(5, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 3, "2017-08-10");
        List<Long> ids = requestIds(campaign);
        // Two on time (Cambridgeshire's NCND pattern), one late partial answer, one cost limit, one silent.
        event(ids.get(0), responded("2017-09-08", List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NCND", "31(3)"), outcome(3, "NOT_HELD")))).statusCode(201);
        event(ids.get(1), responded("2017-09-01", List.of(outcome(1, "NCND", "31(3)", "24(2)"), outcome(2, "ANSWERED"), outcome(3, "ANSWERED")))).statusCode(201);
        event(ids.get(2), responded("2017-09-15", List.of(outcome(1, "ANSWERED"), outcome(2, "EXEMPT", "31(1)(a)"), outcome(3, "ANSWERED")))).statusCode(201);
        event(ids.get(3), responded("2017-09-05", all(3, "COST_LIMIT", "12(1)"))).statusCode(201);
        given().get("/api/campaigns/" + campaign + "/summary").then().statusCode(200)
                .body("total", is(5))
                .body("byStatus.RESPONDED", is(4)).body("byStatus.VERY_OVERDUE", is(1))
                .body("byOutcome.NCND", is(1)).body("byOutcome.PARTLY_ANSWERED", is(2)).body("byOutcome.COST_LIMIT", is(1))
                .body("byQuestion.'1'.NCND", is(2)).body("byQuestion.'1'.ANSWERED", is(1)).body("byQuestion.'1'.COST_LIMIT", is(1))
                .body("byQuestion.'3'.NOT_HELD", is(1))
                .body("bySection.'31(3)'", is(2)).body("bySection.'24(2)'", is(1)).body("bySection.'31(1)(a)'", is(1))
                .body("bySection.'12(1)'", is(1))
                .body("responded", is(4)).body("respondedOnTime", is(3))
                .body("onTimeRate", is(0.75f))
                .body("medianWorkingDays", is(18.5f)) // 15, 18, 20, 25
                .body("questions", hasSize(3));
    }

    @Test
    void summaryCostsAFixedNumberOfStatementsAt48And500Authorities() {
        long at48 = statementsForSummary(48);
        long at500 = statementsForSummary(500);
        assertEquals(at48, at500, "the summary must not issue more SQL for more authorities");
        org.junit.jupiter.api.Assertions.assertTrue(at48 <= 8, "a handful of aggregate queries, was " + at48);
    }

    private long statementsForSummary(int n) {
        String tag = authorities(n, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 6, "2017-08-10");
        QuarkusTransaction.requiringNew().run(() -> {
            int i = 0;
            for (FoiRequest r : FoiRequest.<FoiRequest>list("campaign.slug", campaign)) {
                if (i++ % 3 == 0) continue; // a third never answer
                Outcome o = Outcome.values()[i % 4];
                List<EventInput.OutcomeInput> outcomes = new java.util.ArrayList<>();
                for (int q = 1; q <= 6; q++) {
                    outcomes.add(new EventInput.OutcomeInput(q, q == 5 ? Outcome.NOT_HELD : o,
                            o == Outcome.NCND ? List.of("31(3)") : o == Outcome.EXEMPT ? List.of("43(2)") : null));
                }
                timelines.append(r, new EventInput(EventType.RESPONDED, LocalDate.of(2017, 9, 1).plusDays(i % 20), null, null,
                        null, outcomes, null, null, null, null, null, null, null));
            }
        });
        return Statements.count(() -> given().get("/api/campaigns/" + campaign + "/summary").then().statusCode(200)
                .body("total", is(n)));
    }
}
