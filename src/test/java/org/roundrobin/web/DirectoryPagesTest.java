package org.roundrobin.web;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.Pages;
import org.roundrobin.support.Statements;

/** The directory page lists 100 authorities a page, by name, with links to the others; a short list is one page, uncounted. */
@QuarkusTest
class DirectoryPagesTest {

    @Test
    void aLongDirectoryIsPagedByName() {
        String tag = Fixtures.authorities(205, "England & Wales");
        Document first = Pages.get("/authorities?tag=" + tag);
        assertEquals(100, first.select("table tbody tr").size());
        assertEquals("205 authorities (rows 1–100)", first.select("table caption").text());
        assertEquals("Page 1 of 3 (205 authorities, by name)", first.select("nav.pager span").text());
        assertNull(first.selectFirst("nav.pager a[rel=prev]"));
        List<String> names = new ArrayList<>(first.select("table tbody th").eachText());
        Document second = Pages.get(first.selectFirst("nav.pager a[rel=next]").attr("href"));
        names.addAll(second.select("table tbody th").eachText());
        Document third = Pages.get(second.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertEquals("205 authorities (rows 201–205)", third.select("table caption").text());
        names.addAll(third.select("table tbody th").eachText());
        assertNull(third.selectFirst("nav.pager a[rel=next]"));
        assertEquals(205, names.stream().distinct().count(), "each authority on exactly one page");
        assertEquals(names.stream().sorted().toList(), names, "by name across the pages");
        assertTrue(third.selectFirst("nav.pager a[rel=prev]").attr("href").contains("tag=" + tag), "the filter is kept");
        // Past the end: the last page
        assertEquals("205 authorities (rows 201–205)", Pages.get("/authorities?tag=" + tag + "&page=9").select("table caption").text());
    }

    @Test
    void aShortListIsOnePageAndOneStatement() {
        String tag = Fixtures.authorities(3, "Scotland");
        Pages.get("/authorities"); // the tag list is kept from now on
        long statements = Statements.count(() -> {
            Document d = Pages.get("/authorities?tag=" + tag);
            assertEquals(3, d.select("table tbody tr").size());
            assertEquals("3 authorities", d.select("table caption").text());
            assertNull(d.selectFirst("nav.pager"));
        });
        assertEquals(2, statements, "the directory's revision (for the kept tag list), then the authorities with their tags: no count");
    }
}
