package org.roundrobin.casework;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundrobin.support.Gate;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Cases;
import org.roundrobin.support.TestClock;

/** GET /api/radar: windows across every campaign, soonest first, closed ones flagged; a fixed number of statements. */
@QuarkusTest
class RadarTest {

    @Inject
    SessionFactory sessions;
    @Inject
    Radar radar;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static List<Map<String, Object>> windows(String... params) {
        var spec = given();
        for (int i = 0; i < params.length; i += 2) spec.queryParam(params[i], params[i + 1]);
        return spec.get("/api/radar").then().statusCode(200).extract().jsonPath().getList("windows");
    }

    static List<Map<String, Object>> of(List<Map<String, Object>> windows, String campaign) {
        return windows.stream().filter(w -> campaign.equals(((Map<?, ?>) w.get("campaign")).get("slug"))).toList();
    }

    @Test
    void windowsAcrossCampaignsComeSoonestFirstWithClosedOnesFlagged() {
        TestClock.set(LocalDate.parse("2017-10-25"));
        Cases.Responded early = Cases.responded(1, "England & Wales", 1, "2017-08-10", "2017-08-21");
        Cases.Responded late = Cases.responded(2, "England & Wales", 1, "2017-09-01", "2017-09-29");
        Cases.Responded scottish = Cases.responded(1, "Scotland", 1, "2017-09-01", "2017-09-20");

        List<Map<String, Object>> all = windows("days", "29");
        List<String> dates = all.stream().map(w -> (String) w.get("closesOn")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "soonest first");
        List<Map<String, Object>> mine = all.stream().filter(w -> List.of(early.slug(), late.slug(), scottish.slug())
                .contains(((Map<?, ?>) w.get("campaign")).get("slug"))).toList();
        // early: responded 21 Aug, + 40 working days (28 Aug a holiday) = 17 Oct, closed. scottish: 20 Sep + 40 Scottish
        // working days = 15 Nov. late: 29 Sep + 40 working days = 24 Nov, beyond the 29 days asked for.
        assertEquals(List.of("2017-10-17 true " + early.slug(), "2017-11-15 false " + scottish.slug()),
                mine.stream().map(w -> w.get("closesOn") + " " + w.get("closed") + " " + ((Map<?, ?>) w.get("campaign")).get("slug")).toList());
        assertTrue(((String) mine.get(1).get("basis")).contains("FOISA s.20"));
        assertEquals("REQUESTER", mine.get(0).get("by"));
        assertEquals(List.of(), of(windows("days", "29", "closed", "false"), early.slug()), "closed=false hides closed windows");
        assertEquals(2, of(windows("days", "30"), late.slug()).size());
        given().get("/api/radar").then().body("days", is(14)).body("today", is("2017-10-25")).body("until", is("2017-11-08"))
                .body("closedIncluded", is(true));
    }

    @Test
    void badParametersAreRefused() {
        for (String days : List.of("abc", "-1", "367", "1.5")) {
            problem(given().queryParam("days", days).get("/api/radar").then(), 400).body("errors[0].field", is("days"));
        }
        problem(given().queryParam("closed", "maybe").get("/api/radar").then(), 400).body("errors[0].field", is("closed"));
    }

    @Test
    void theRadarCostsTheSameStatementsHoweverManyRequests() {
        Cases.responded(2, "England & Wales", 1, "2017-08-10", "2017-08-21");
        long small = statements();
        Cases.Responded more = Cases.responded(6, "England & Wales", 2, "2017-08-10", "2017-08-21");
        String ref = Cases.icoRef();
        Cases.open(ref, more.request(0), null, "2017-10-01").statusCode(201);
        Cases.decide(ref, "2017-12-01", "UPHELD").statusCode(200);
        long large = statements();
        assertEquals(small, large);
        assertEquals(3, large, "the requests, their events, their cases");
    }

    @Test
    void homePagesOpenedTogetherWaitForOneScanAndUseItsWindows() throws Exception {
        Cases.Responded c = Cases.responded(1, "England & Wales", 1, "2017-08-10", "2017-08-21");
        String viewer = Accounts.member(c.slug(), "VIEWER"); // sees this campaign only: the shared database holds hundreds
        org.roundrobin.campaign.CampaignCache.clear(); // as after a restart: no radar kept
        var gate = new Gate(1);
        var pool = Executors.newFixedThreadPool(4);
        try {
            // The test holds the scans, so that three home views are all waiting at once
            pool.submit(() -> radar.alone(gate::hold));
            assertTrue(gate.allHeld());
            long before = scans();
            List<Future<Integer>> views = IntStream.range(0, 3).mapToObj(i -> pool.submit(() -> Accounts.as(viewer).get("/").statusCode())).toList();
            long until = System.nanoTime() + 10_000_000_000L;
            while (radar.waiting() < 3) {
                assertTrue(System.nanoTime() < until, "three home views wait while a scan runs; waiting: " + radar.waiting()
                        + ", answered: " + views.stream().filter(Future::isDone).count());
                Thread.sleep(10);
            }
            assertEquals(0, scans() - before, "no view scans while another scan runs");
            gate.open();
            for (var v : views) assertEquals(200, v.get(30, TimeUnit.SECONDS));
            assertEquals(1, scans() - before, "the first view scans; the two after it find its windows kept");
        } finally {
            gate.open();
            pool.shutdownNow();
        }
    }

    /** Radar scans run so far: executions of its first statement, the candidate requests. */
    private long scans() {
        var stats = sessions.getStatistics();
        return java.util.Arrays.stream(stats.getQueries()).filter(q -> q.startsWith("select r from FoiRequest r join fetch r.authority"))
                .mapToLong(q -> stats.getQueryStatistics(q).getExecutionCount()).sum();
    }

    private long statements() {
        long before = sessions.getStatistics().getPrepareStatementCount();
        windows("days", "366");
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }
}
