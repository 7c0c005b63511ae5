package org.roundrobin.web;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Pages;

/** What the dashboard shows: the tile map for police campaigns, the matrix as an htmx fragment, the home page's progress. */
@QuarkusTest
class DashboardPagesTest {

    @Test
    void aPoliceCampaignGetsTheTileMapColouredByOutcomeWithCodes() {
        String slug = launched(Map.of("tag", "police"), 2, "2024-01-10");
        event(requestId(slug, "cambridgeshire"), responded("2024-02-07", List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NOT_HELD"))))
                .statusCode(201);
        Document d = Pages.get("/campaigns/" + slug);
        Element tiles = d.selectFirst("svg.tiles");
        assertNotNull(tiles, "police campaigns get the tile map");
        assertEquals(48, tiles.select("rect").size());
        Element cambs = tiles.select("a[href]").stream().filter(a -> a.selectFirst("title").text().startsWith("Cambridgeshire"))
                .findFirst().orElseThrow();
        assertEquals("CAM", cambs.select("text").get(0).text());
        assertEquals("NCND", cambs.select("text").get(1).text(), "a code as well as a colour");
        assertEquals("#D55E00", cambs.selectFirst("rect").attr("fill"));
        assertTrue(cambs.selectFirst("title").text().contains("Cambridgeshire Constabulary: Neither confirm nor deny"));
        assertTrue(tiles.selectFirst("desc").text().length() > 20, "the map has a description");
    }

    @Test
    void otherDirectoriesGetNoTileMap() {
        String slug = launched(Map.of("tag", authorities(3, "England & Wales")), 1, "2024-01-10");
        assertNull(Pages.get("/campaigns/" + slug).selectFirst("svg.tiles"));
    }

    @Test
    void htmxAsksForTheMatrixAloneWhenSortingOrFiltering() {
        String tag = authorities(3, "England & Wales");
        String slug = launched(Map.of("tag", tag), 1, "2024-01-10");
        String fragment = given().header("HX-Request", "true").header("HX-Target", "matrix")
                .get("/campaigns/" + slug + "?sort=status").then().statusCode(200).extract().asString();
        assertFalse(fragment.contains("<html"), "only the matrix");
        Document d = Jsoup.parseBodyFragment(fragment);
        assertEquals(3, d.select("table.matrix tbody tr").size());
        assertNotNull(d.selectFirst("h2#matrix-heading"));
    }

    @Test
    void theHomePageShowsEachCampaignsProgress() {
        String tag = authorities(4, "England & Wales");
        String slug = launched(Map.of("tag", tag), 1, "2024-01-10");
        event(requestId(slug, tag + "-1"), responded("2024-01-20", all(1, "ANSWERED"))).statusCode(201);
        Document d = Pages.get("/");
        Element item = d.select("ul.campaigns li").stream().filter(li -> li.selectFirst("a[href=/campaigns/" + slug + "]") != null)
                .findFirst().orElseThrow();
        assertTrue(item.text().contains("1 of 4 responded"), item.text());
        assertTrue(item.text().contains("3 overdue"), item.text());
        assertEquals("width:25.0%", item.selectFirst(".bar .responded").attr("style"));
    }
}
