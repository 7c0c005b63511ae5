package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.LetterPagesTest.post;
import static org.roundrobin.mail.MailTestSupport.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.Pages;
import org.roundrobin.support.TestClock;

/** Chasing from the dashboard and the request page, approving held chasers, review requests by email, the mail settings. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ChaserPagesTest {

    static final LocalDate SENT = LocalDate.of(2025, 9, 1);

    @Inject
    Sender sender;
    @Inject
    org.hibernate.SessionFactory sessionFactory;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** A campaign to n authorities, emailed on SENT and long overdue today. */
    String overdue(String tag) {
        String slug = sentByEmail(sender, tag, SENT);
        TestClock.reset();
        return slug;
    }

    static Element overdueRow(Document d, String authority) {
        return d.select("#overdue ~ table tbody tr").stream().filter(tr -> tr.select("th").text().equals(authority)).findFirst()
                .orElseThrow(() -> new AssertionError("no overdue row for " + authority));
    }

    @Test
    void aChaseFromTheDashboardWaitsForApprovalThenApprovingSendsIt() {
        String tag = authorities(2, "ENGLAND_WALES");
        String slug = overdue(tag);
        long id = requestId(slug, tag + "-0");
        Document d = Pages.get("/campaigns/" + slug);
        Element row = overdueRow(d, "Authority 0 " + tag);
        assertTrue(row.text().contains("Chaser 1 is due (it will wait for your approval)."), row.text());
        assertEquals("Chase: queue chaser 1 for approval to Authority 0 " + tag, row.select("button").text());
        assertTrue(d.select("#chase-result").isEmpty());
        assertTrue(d.text().contains("2 chasers are due now; each will wait for your approval"), d.select("#overdue ~ form").text());

        Response r = post("/requests/" + id + "/chase", Map.of("back", "/campaigns/" + slug));
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/campaigns/" + slug + "?done=CHASED&held=1#overdue"), r.header("Location"));
        assertEquals("HELD", letters(id, "chaser-1").get(0).get("status"));
        assertEquals(0, letters(requestId(slug, tag + "-1")).stream().filter(l -> !"request".equals(l.get("kind"))).count());

        Document after = Pages.get("/campaigns/" + slug + "?done=CHASED&held=1");
        assertTrue(after.getElementById("chase-result").text().contains("One chaser stored to wait for your approval"),
                after.getElementById("chase-result").text());
        assertTrue(overdueRow(after, "Authority 0 " + tag).text().contains("Chaser 1: awaiting your approval."));
        assertTrue(overdueRow(after, "Authority 0 " + tag).select("button").isEmpty(), "nothing more to chase");
        Element held = after.getElementById("chasers").nextElementSiblings().select("table").first();
        assertTrue(held.text().contains("Authority 0 " + tag) && held.text().contains("Chaser 1"), held.text());

        Response approve = post("/campaigns/" + slug + "/chasers/approve", Map.of());
        assertEquals(303, approve.statusCode());
        assertTrue(approve.header("Location").endsWith("/campaigns/" + slug + "?done=APPROVED&queued=1#chasers"), approve.header("Location"));
        assertTrue(Pages.get("/campaigns/" + slug + "?done=APPROVED&queued=1").text().contains("Approved one chaser: the outbox sends them within a minute."));
        sender.sendDue();
        assertEquals(1, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());
        Document sent = Pages.get("/campaigns/" + slug);
        String state = overdueRow(sent, "Authority 0 " + tag).text();
        assertTrue(state.contains("Chaser 2 is due from"), state);
        assertTrue(sent.getElementById("chasers").nextElementSibling().text().contains("No chaser is waiting for approval"));
    }

    @Test
    void chaseAllUnderAutoSendsAtOnceAndASecondChaseAddsNothing() {
        String tag = authorities(2, "ENGLAND_WALES");
        String slug = overdue(tag);
        Response saved = post("/campaigns/" + slug + "/mail-settings", Map.of("chasers", "AUTO", "version", "0"));
        assertEquals(303, saved.statusCode());
        given().get("/api/campaigns/" + slug + "/mail-settings").then().body("chasers", is("AUTO")).body("digest", is(false));
        Document settings = Pages.get("/campaigns/" + slug + "?done=MAIL_SETTINGS");
        assertTrue(settings.getElementById("chasers-auto").hasAttr("checked"));
        assertFalse(settings.getElementById("mail-digest").hasAttr("checked"));
        assertTrue(settings.getElementById("mail-settings").nextElementSibling().text().contains("Mail settings saved"));

        Response r = post("/campaigns/" + slug + "/chase", Map.of());
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("?done=CHASED&queued=2#overdue"), r.header("Location"));
        assertTrue(Pages.get("/campaigns/" + slug + "?done=CHASED&queued=2").getElementById("chase-result").text()
                .contains("2 chasers queued to send now"));
        assertEquals(2, count("chaser-1", slug));
        assertEquals("QUEUED", letters(requestId(slug, tag + "-1"), "chaser-1").get(0).get("status"));

        Response again = post("/campaigns/" + slug + "/chase", Map.of());
        assertTrue(again.header("Location").endsWith("?done=CHASED&other=2#overdue"), again.header("Location"));
        assertEquals(2, count("chaser-1", slug));
        sender.sendDue();
        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());
    }

    @Test
    void anUnknownChaserSettingIsRefusedByItsFieldAndNothingChanges() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = overdue(tag);
        Response r = post("/campaigns/" + slug + "/mail-settings", Map.of("chasers", "SOMETIMES", "digest", "true", "version", "0"));
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(d.select("fieldset.invalid").text().contains("choose whether chasers wait for your approval"), d.select("fieldset").text());
        assertTrue(d.getElementById("mail-digest").hasAttr("checked"), "the choice made is kept");
        given().get("/api/campaigns/" + slug + "/mail-settings").then().body("chasers", is("APPROVE")).body("digest", is(true));
    }

    @Test
    void aSettingsFormLeftOpenWhileSomeoneElseSavedIsRefusedWithTheCurrentChoices() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = overdue(tag);
        assertEquals(303, post("/campaigns/" + slug + "/mail-settings", Map.of("chasers", "AUTO", "digest", "true", "version", "0")).statusCode());
        String version = Pages.get("/campaigns/" + slug + "/mail-settings").select("input[name=version]").val();
        assertEquals(303, post("/campaigns/" + slug + "/mail-settings", Map.of("chasers", "APPROVE", "version", version)).statusCode());
        Response stale = post("/campaigns/" + slug + "/mail-settings", Map.of("chasers", "AUTO", "digest", "true", "version", version));
        assertEquals(409, stale.statusCode());
        Document d = Pages.parse(stale);
        assertTrue(d.select("#error-summary").text().contains("Someone else changed these settings"), d.select("#error-summary").text());
        assertTrue(d.getElementById("chasers-approve").hasAttr("checked"), "shown as they are now");
        given().get("/api/campaigns/" + slug + "/mail-settings").then().body("chasers", is("APPROVE")).body("digest", is(false));
    }

    @Test
    void theReviewRequestIsOfferedAfterAResponseAndSentOnce() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = overdue(tag);
        long id = requestId(slug, tag + "-0");
        Document before = Pages.get("/requests/" + id);
        assertEquals(1, before.select("form[action=/requests/" + id + "/chase]").size(), "overdue: a chaser can go");
        event(id, responded(LocalDate.now().minusDays(1).toString(), all(2, "NCND", "31(3)"))).statusCode(201);
        Document responded = Pages.get("/requests/" + id);
        assertTrue(responded.select("form[action=/requests/" + id + "/chase]").isEmpty(), "answered: never chased");
        assertEquals(1, responded.select("form[action=/requests/" + id + "/review-request]").size());

        Response r = post("/requests/" + id + "/review-request", Map.of());
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/requests/" + id + "?done=REVIEW_QUEUED#letters"));
        assertEquals("QUEUED", letters(id, "review-request").get(0).get("status"));
        Document after = Pages.get("/requests/" + id + "?done=REVIEW_QUEUED");
        assertTrue(after.select(".notice").text().contains("The review request is queued"));
        assertTrue(after.text().contains("a review request is already waiting in the outbox"));
        assertTrue(after.select("form[action=/requests/" + id + "/review-request]").isEmpty());

        Response twice = post("/requests/" + id + "/review-request", Map.of());
        assertEquals(409, twice.statusCode());
        assertTrue(Pages.parse(twice).text().contains("already QUEUED"));
        assertEquals(1, letters(id, "review-request").size());
        sender.sendDue();
        given().get("/api/requests/" + id).then().body("status", is("REVIEW_PENDING"));
    }

    long statements(String path) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        given().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    @Test
    void theDashboardsChaserPanelsCostTheSameStatementsForMoreOverdueRequestsAndChasers() {
        String small = overdue(authorities(2, "ENGLAND_WALES"));
        String large = overdue(authorities(9, "ENGLAND_WALES"));
        for (String slug : new String[] {small, large}) assertEquals(303, post("/campaigns/" + slug + "/chase", Map.of()).statusCode());
        assertEquals(9, count("chaser-1", large));
        assertEquals(statements("/campaigns/" + small), statements("/campaigns/" + large));
        assertEquals(9, Pages.get("/campaigns/" + large).getElementById("chasers").nextElementSiblings().select("table tbody tr").size());
    }

    @Test
    void approvingAChaserWhoseAuthorityAnsweredMeanwhileCancelsItInstead() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = overdue(tag);
        long id = requestId(slug, tag + "-0");
        assertEquals(303, post("/requests/" + id + "/chase", Map.of()).statusCode());
        long letter = ((Number) letters(id, "chaser-1").get(0).get("id")).longValue();
        event(id, responded(LocalDate.now().minusDays(1).toString(), all(2, "NOT_HELD"))).statusCode(201);
        Response r = post("/letters/" + letter + "/approve", Map.of("back", "/requests/" + id));
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/requests/" + id + "?done=LETTER_UNWANTED#letter-" + letter), r.header("Location"));
        given().get("/api/letters/" + letter).then().body("status", is("CANCELLED"));
        assertTrue(Pages.get("/requests/" + id + "?done=LETTER_UNWANTED").select(".notice").text().contains("no longer needed"));
    }
}
