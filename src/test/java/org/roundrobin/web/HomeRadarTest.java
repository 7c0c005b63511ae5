package org.roundrobin.web;

import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Pages;
import org.roundrobin.support.TestClock;

/** The home page's deadline radar: the campaigner's own windows closing soon, and the closed ones flagged. */
@QuarkusTest
class HomeRadarTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void showsTheReviewWindowClosingSoonAndLinksToTheRequest() {
        TestClock.set(LocalDate.of(2017, 9, 8));
        String tag = authorities(1, "England & Wales");
        String slug = launched(Map.of("tag", tag), 1, "2017-08-10");
        long id = requestId(slug, tag + "-0");
        event(id, responded("2017-09-08", List.of(outcome(1, "NCND", "31(3)")))).statusCode(201);

        // A member of this campaign only: the home page shows the campaigns one may see (the shared test database
        // holds hundreds of other windows, and the page lists the 50 soonest).
        String viewer = org.roundrobin.support.Accounts.member(slug, "VIEWER");
        TestClock.set(LocalDate.of(2017, 10, 25)); // the review window closes on 3 November 2017
        Document d = Pages.parse(org.roundrobin.support.Accounts.as(viewer).get("/"));
        Element row = d.select("#radar table.radar tbody tr").stream()
                .filter(tr -> tr.selectFirst("a[href=/requests/" + id + "]") != null).findFirst()
                .orElseThrow(() -> new AssertionError("the window is on the radar: " + d.select("#radar").text()));
        assertTrue(row.text().contains("internal review"), row.text());
        assertTrue(row.text().contains("9 days"), row.text());

        TestClock.set(LocalDate.of(2017, 11, 6)); // closed without a review being asked for: flagged, not hidden
        Document later = Pages.parse(org.roundrobin.support.Accounts.as(viewer).get("/"));
        assertTrue(later.select("#radar details.closed-windows a[href=/requests/" + id + "]").size() > 0,
                later.select("#radar").text());
    }

    @Test
    void campaignsAreListedTwentyToAPageNewestFirst() {
        for (int i = 0; i < 21; i++) campaign(Map.of("tag", "police"), 1);
        Document first = Pages.get("/");
        assertEquals(20, first.select("ul.campaigns > li").size());
        String pager = first.select("nav.pager span").text();
        assertTrue(pager.startsWith("Page 1 of "), pager);
        Document second = Pages.get(first.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertTrue(second.select("nav.pager span").text().startsWith("Page 2 of "), second.select("nav.pager").text());
        var titles = first.select("ul.campaigns h2").eachText();
        second.select("ul.campaigns h2").eachText().forEach(t -> assertFalse(titles.contains(t), t + " is on both pages"));
        assertNotNull(second.selectFirst("nav.pager a[rel=prev]"));
    }
}
