package org.roundrobin.web;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Pages;
import org.roundrobin.support.TestClock;

/**
 * A dashboard costs a fixed number of SQL statements however many authorities the campaign has: the same at 48
 * and at 500 (aggregates, one page of the matrix, fetch joins). The report, which lists every row up to its limit, too.
 */
@QuarkusTest
class DashboardStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** A launched campaign of n authorities, 12 of which have responded in three patterns. */
    static String campaignOf(int n) {
        TestClock.set(java.time.LocalDate.of(2024, 3, 1));
        String tag = authorities(n, "England & Wales");
        String slug = launched(Map.of("tag", tag), 3, "2024-01-10");
        List<Long> ids = requestIds(slug);
        for (int i = 0; i < 12; i++) {
            List<Map<String, Object>> outcomes = switch (i % 3) {
                case 0 -> List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NCND", "31(3)", "24(2)"), outcome(3, "NOT_HELD"));
                case 1 -> all(3, "ANSWERED");
                default -> List.of(outcome(1, "EXEMPT", "43(2)"), outcome(2, "COST_LIMIT", "12"), outcome(3, "ANSWERED"));
            };
            event(ids.get(i), responded("2024-02-0" + (1 + i % 9), outcomes)).statusCode(201);
        }
        return slug;
    }

    /** Statements of one view of the page: the campaign's figures as the cache has them (clear it first to count them all). */
    long statements(String path) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        given().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    @Test
    void theDashboardCostsTheSameStatementsAt48And500Authorities() {
        String small = campaignOf(48);
        String large = campaignOf(500);
        long at48 = statements("/campaigns/" + small);
        long at500 = statements("/campaigns/" + large);
        assertEquals(at48, at500, "statements at 48 and at 500 authorities");
        // 14 for the dashboard itself, 4 for the mail panels (outbox counts, mail settings, the overdue requests with
        // their clocks, their chasers with the held letters).
        assertTrue(at48 <= 18, "a dashboard is a handful of statements, was " + at48);
        assertEquals(statements("/campaigns/" + small + "?status=responded&sort=outcome"),
                statements("/campaigns/" + large + "?status=responded&sort=outcome&page=2"));
        assertEquals(statements("/campaigns/" + small + "/report"), statements("/campaigns/" + large + "/report"));
        // The report lists up to roundrobin.report.max-rows authorities (300 in tests), and says so beyond: 50,000 rows
        // would be a 50 MB page held in memory. A shared page lists as many.
        assertEquals(48, Pages.get("/campaigns/" + small + "/report").select("table.matrix tbody tr").size());
        assertTrue(Pages.get("/campaigns/" + small + "/report").select(".matrix-limit").isEmpty());
        Document report = Pages.get("/campaigns/" + large + "/report");
        assertEquals(300, report.select("table.matrix tbody tr").size());
        assertEquals("Listed here: the first 300 of 500 authorities, A to Z. The campaign's CSV export has every one.",
                report.select(".matrix-limit").text());
        String url = org.roundrobin.support.Api.json().body(Map.of("label", "press")).post("/api/campaigns/" + large + "/share-links")
                .then().statusCode(201).extract().path("url");
        Document shared = Pages.parse(org.roundrobin.support.Api.anonymous().get(url.substring(url.indexOf("/share/"))));
        assertEquals(300, shared.select("table.matrix tbody tr").size());
        assertTrue(shared.select(".matrix-limit").text().contains("the first 300 of 500"), shared.select(".matrix-limit").text());
        // The home page: the same statements for one more campaign, worked out afresh (nothing kept) ...
        org.roundrobin.campaign.CampaignCache.clear();
        long home = statements("/");
        campaignOf(48);
        org.roundrobin.campaign.CampaignCache.clear();
        assertEquals(home, statements("/"));
        // ... and fewer once the campaigns' figures are kept (a view reads the campaigns, not their requests).
        assertTrue(statements("/") < home);
    }

    @Test
    void theMatrixIsPagedAndFiltersCountInSql() {
        String slug = campaignOf(120);
        Document first = Pages.get("/campaigns/" + slug);
        assertEquals(50, first.select("table.matrix tbody tr").size());
        assertTrue(first.select("#matrix nav").text().contains("Page 1 of 3"));
        assertEquals(20, Pages.get("/campaigns/" + slug + "?page=3").select("table.matrix tbody tr").size());
        Document responded = Pages.get("/campaigns/" + slug + "?status=responded");
        assertEquals(12, responded.select("table.matrix tbody tr").size());
        Document cited = Pages.get("/campaigns/" + slug + "?section=24(2)");
        assertEquals(4, cited.select("table.matrix tbody tr").size(), "the four that cited s.24(2)");
        // On 1 March 2024 the 108 without a response are overdue (due 7 February), not yet very overdue (6 March).
        assertEquals("108", strip(first, "Overdue"));
        assertEquals("0", strip(first, "Very overdue"));
        assertEquals("12", strip(first, "Responded"));
        Document overdue = Pages.get("/campaigns/" + slug + "?status=overdue");
        assertTrue(overdue.select("table.matrix caption").text().contains("of 108"), overdue.select("table.matrix caption").text());
        int late = given().get("/api/campaigns/" + slug + "/requests?overdue=true").then().extract().jsonPath().getInt("[0].workingDaysLate");
        assertTrue(late > 0);
        assertTrue(overdue.select("table.matrix tbody td").text().contains("Overdue (" + late + " working days late)"));
        assertEquals(0, Pages.get("/campaigns/" + slug + "?status=very-overdue").select("table.matrix tbody a").size());
    }

    static String strip(Document d, String label) {
        return d.select("#status + ul.strip li").stream().filter(li -> li.text().endsWith(" " + label)).findFirst()
                .orElseThrow(() -> new AssertionError("no strip item " + label)).select(".count").text();
    }
}
