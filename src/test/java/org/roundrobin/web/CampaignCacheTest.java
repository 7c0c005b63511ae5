package org.roundrobin.web;

import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Api.given;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.Pages;
import org.roundrobin.support.Statements;
import org.roundrobin.support.TestClock;

/**
 * A campaign's figures are kept between views and never shown stale: a second look costs almost no statement, and
 * any change (a response, a rename of one of its authorities, a letter) shows on the very next view; a refused
 * change leaves the revision, and so the kept figures, as they were.
 */
@QuarkusTest
class CampaignCacheTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static long revision(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Campaign.<Campaign>find("slug", slug).firstResult().revision);
    }

    static long statements(String path) {
        return Statements.count(() -> given().get(path).then().statusCode(200));
    }

    /** A campaign of two questions to the authorities tagged {@code tag}, sent on 10 January 2024, seen on 1 March. */
    static String launchedOn1March(String tag) {
        TestClock.set(java.time.LocalDate.of(2024, 3, 1));
        return launched(Map.of("tag", tag), 2, "2024-01-10");
    }

    @Test
    void aSecondLookIsKeptAndAChangeShowsAtOnce() {
        String tag = authorities(30, "England & Wales");
        String slug = launchedOn1March(tag);
        String page = "/campaigns/" + slug;
        long first = statements(page);
        long again = statements(page);
        assertTrue(again < first && again <= 6, "a second view reads the campaign, not its figures: " + first + " then " + again);
        assertEquals(again, statements(page), "and so does a third");
        assertEquals("0", DashboardStatementsTest.strip(Pages.get(page), "Responded"));

        // A response (another transaction) raises the revision: the next view counts it.
        long before = revision(slug);
        List<Long> ids = requestIds(slug);
        event(ids.get(0), responded("2024-02-01", all(2, "ANSWERED"))).statusCode(201);
        assertTrue(revision(slug) > before, "the response raised the revision");
        Document after = Pages.get(page);
        assertEquals("1", DashboardStatementsTest.strip(after, "Responded"));
        assertEquals(1, given().get("/api/campaigns/" + slug + "/summary").then().statusCode(200).extract().jsonPath()
                .getInt("byStatus.RESPONDED"));

        // Reading changes nothing.
        long now = revision(slug);
        Pages.get(page);
        given().get("/api/campaigns/" + slug + "/summary").then().statusCode(200);
        assertEquals(now, revision(slug));

        // A refused event (a response dated before the request was sent) changes nothing, revision included.
        event(ids.get(1), responded("2023-12-01", all(2, "ANSWERED"))).statusCode(409);
        assertEquals(now, revision(slug));

        // Renaming one of its authorities shows in the kept matrix at once.
        String authority = tag + "-0";
        Map<String, Object> body = given().get("/api/authorities/" + authority).then().statusCode(200).extract().jsonPath().getMap("");
        body.put("name", "Renamed Constabulary " + tag);
        body.keySet().removeAll(List.of("whatDoTheyKnowUrl", "createdAt", "updatedAt"));
        given().contentType("application/json").body(body).put("/api/authorities/" + authority).then().statusCode(200);
        assertTrue(revision(slug) > now, "renaming an authority it writes to raised the revision");
        assertTrue(Pages.get(page).select("table.matrix").text().contains("Renamed Constabulary " + tag));
    }

    /** A launch job for the campaign, written directly: it leaves the campaign's revision as it was. */
    static long launchJob(String slug, org.roundrobin.job.Job.State state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var j = new org.roundrobin.job.Job();
            j.kind = org.roundrobin.request.LaunchJob.KIND;
            j.subject = slug;
            j.title = "Launching " + slug;
            j.state = state;
            j.total = 3;
            j.message = "the mail server went away";
            j.startedAt = java.time.Instant.now();
            j.updatedAt = j.startedAt;
            j.persist();
            return j.id;
        });
    }

    @Test
    void aKeptDashboardIsOneStatementYetALaunchNotFinishedShowsAtOnce() {
        String slug = launchedOn1March(authorities(3, "England & Wales"));
        String page = "/campaigns/" + slug;
        statements(page);
        assertEquals(1, statements(page), "a kept dashboard reads the campaign's revision and its launch's state, no more");
        // Someone with a role in it (not an administrator): one statement more, for that role
        String ed = "u-" + Fixtures.suffix();
        org.roundrobin.support.Api.json().body(Map.of("username", ed, "displayName", "Ed", "email", ed + "@example.org",
                "password", Accounts.PASSWORD)).post("/api/users").then().statusCode(201);
        Accounts.role(slug, ed, "VIEWER");
        String edSession = org.roundrobin.support.Api.session(ed, Accounts.PASSWORD);
        Runnable asEd = () -> io.restassured.RestAssured.given().cookie(org.roundrobin.support.Api.SESSION_COOKIE, edSession)
                .get(page).then().statusCode(200);
        asEd.run();
        assertEquals(2, Statements.count(asEd), "a viewer's kept dashboard: the role, then the page");
        long revision = revision(slug);

        // A launch that failed (or still runs) does not change the revision, yet shows on the next view, and is not kept
        long failed = launchJob(slug, org.roundrobin.job.Job.State.FAILED);
        assertEquals(revision, revision(slug));
        assertFalse(Pages.get(page).select("#job-" + failed + ".job-failed").isEmpty(), "the failed launch shows");
        assertFalse(Pages.get(page).select("#job-" + failed).isEmpty(), "and still does");
        // Run again and finished: the kept page once more (the one kept before the failure, as nothing else changed)
        long done = launchJob(slug, org.roundrobin.job.Job.State.DONE);
        Document d = Pages.get(page);
        assertTrue(d.select(".job").isEmpty(), "a finished launch shows no bar");
        assertEquals(1, statements(page));
        assertTrue(done > failed);
    }

    @Test
    void theDirectorysKeptTagListShowsANewTagAtOnce() {
        Pages.get("/authorities"); // the list is kept now
        String tag = authorities(1, "England & Wales");
        assertTrue(Pages.get("/authorities").select("select#tag option").eachAttr("value").contains(tag),
                "a tag imported after the list was kept is offered at once");
    }

    /** A page as this session and CSRF cookie see it. */
    static Document pageAs(String session, String csrf, String path) {
        return Pages.parse(io.restassured.RestAssured.given().cookie(org.roundrobin.support.Api.SESSION_COOKIE, session)
                .cookie(org.roundrobin.support.Api.CSRF_COOKIE, csrf).get(path).then().statusCode(200).extract().response());
    }

    @Test
    void aKeptDashboardCarriesEachViewersOwnTokenAndName() {
        String slug = launchedOn1March(authorities(3, "England & Wales"));
        String page = "/campaigns/" + slug;
        String name = "Bo <b>& \"Co\"</b> " + Fixtures.suffix();
        String bo = "u-" + Fixtures.suffix();
        org.roundrobin.support.Api.json().body(Map.of("username", bo, "displayName", name, "email", bo + "@example.org",
                "password", Accounts.PASSWORD)).post("/api/users").then().statusCode(201);
        Accounts.role(slug, bo, "EDITOR");
        String adminSession = org.roundrobin.support.Api.session(org.roundrobin.support.Api.ADMIN, org.roundrobin.support.Api.ADMIN_PASSWORD);
        String boSession = org.roundrobin.support.Api.session(bo, Accounts.PASSWORD);
        // The first views render and keep the page; the second ones, with new tokens, are the kept page.
        for (String[] tokens : List.of(new String[] {"YWRtaW4tdG9rZW4tMTIzNA", "Ym8tdG9rZW4tMTIzNDU2Nw"},
                                       new String[] {"YWRtaW4tdG9rZW4tOTg3Ng", "Ym8tdG9rZW4tOTg3NjU0Mw"})) {
            String adminToken = tokens[0], boToken = tokens[1];
            Document a = pageAs(adminSession, adminToken, page);
            Document b = pageAs(boSession, boToken, page);
            for (var e : List.of(Map.entry(a, adminToken), Map.entry(b, boToken))) {
                Document d = e.getKey();
                assertEquals(e.getValue(), d.select("meta[name=csrf-token]").attr("content"));
                assertFalse(d.select("input[name=csrf-token]").isEmpty(), "the page has forms that post");
                d.select("input[name=csrf-token]").forEach(i -> assertEquals(e.getValue(), i.val(), "every form carries the viewer's token"));
                assertFalse(d.html().contains("rr-token-") || d.html().contains("rr-name-"), "no placeholder is left");
            }
            assertFalse(b.html().contains(adminToken), "never another viewer's token");
            assertFalse(a.html().contains(boToken));
            assertEquals(name, b.select("a[href='/account']").text(), "the viewer's own name, escaped as text");
            assertTrue(b.select("a[href='/account'] b").isEmpty(), "markup in a name stays text");
            assertTrue(b.select("a[href='/admin/users']").isEmpty(), "an editor has no Users link");
            assertFalse(a.select("a[href='/admin/users']").isEmpty(), "the administrator has");
        }
        // A notice after an action is of this request only, kept page or not.
        String token = "bm90aWNlLXRva2VuLTEyMw";
        Document notice = pageAs(adminSession, token, page + "?done=CHASED&queued=2");
        assertTrue(notice.text().contains("2 chasers"), notice.select(".notice").text());
        assertFalse(pageAs(adminSession, token, page).text().contains("2 chasers"));
    }

    @Test
    void peopleOpeningACampaignAtOnceWaitForOneToWorkOutItsFigures() throws Exception {
        String slug = campaign(Map.of("tag", authorities(1, "England & Wales")), 1);
        var day = java.time.LocalDate.of(2024, 3, 1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var computed = new java.util.concurrent.atomic.AtomicInteger();
        var threads = new java.util.concurrent.ConcurrentLinkedQueue<Thread>();
        java.util.concurrent.Callable<String> view = () -> {
            threads.add(Thread.currentThread());
            return QuarkusTransaction.requiringNew().call(() -> org.roundrobin.campaign.CampaignCache.get(
                    Campaign.<Campaign>find("slug", slug).firstResult(), "figures-at-once", day, () -> {
                        computed.incrementAndGet();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return "figures " + computed.get();
                    }));
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<String>> views = List.of(pool.submit(view), pool.submit(view), pool.submit(view));
            // All three are blocked: one working the figures out, two waiting for it (or, without the wait, all three working)
            long until = System.nanoTime() + 10_000_000_000L;
            while (threads.size() < 3 || threads.stream().anyMatch(t -> t.getState() == Thread.State.RUNNABLE)) {
                assertTrue(System.nanoTime() < until, "the three views did not all block");
                Thread.sleep(10);
            }
            release.countDown();
            for (var v : views) assertEquals("figures 1", v.get(10, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(1, computed.get(), "worked out once for three people");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
