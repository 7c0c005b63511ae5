package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.LetterPagesTest.post;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.job.Job;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.Pages;
import org.roundrobin.support.Poll;

/** Launching by email from the launch page (a stored job), and the outbox bar counted from the letter table. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class EmailLaunchPagesTest {

    @Inject
    Sender sender;

    /** n authorities with addresses and one without, all tagged alike; returns the tag. */
    static String targets(int n) {
        String tag = authorities(n, "ENGLAND_WALES");
        given().contentType("text/csv").body("slug,name,jurisdiction,tags\n" + tag + "-x,No Email " + tag + ",ENGLAND_WALES," + tag + "\n")
                .post("/api/authorities/import").then().statusCode(200);
        return tag;
    }

    static void queued(String slug) {
        Poll.until(() -> QuarkusTransaction.requiringNew().call(() -> Job.latest(EmailLaunchJob.KIND, slug)
                .map(j -> !j.isRunning()).orElse(false)), "the letters of " + slug + " queued");
    }

    @Test
    void theLaunchPageOffersBothWaysAndNamesTheTargetsWithoutAnAddress() {
        String tag = targets(2);
        String slug = campaign(Map.of("tag", tag), 1);
        Document d = Pages.get("/campaigns/" + slug + "/launch");
        assertEquals("Record that it was sent on a date", d.getElementById("record-heading").text());
        assertEquals("Send it by email now", d.getElementById("email-heading").text());
        assertEquals("Send by email to 2 authorities", d.select("form[action=/campaigns/" + slug + "/launch/email] button").text());
        assertTrue(d.getElementById("without-address").nextElementSiblings().select("ul").text().contains("No Email " + tag));
        assertEquals(1, d.select("label[for=email-note]").size());
    }

    @Test
    void launchingByEmailQueuesTheLettersInAJobAndTheBarCountsThemUntilAllAreSent() {
        String tag = targets(2);
        String slug = campaign(Map.of("tag", tag), 1);
        Response r = post("/campaigns/" + slug + "/launch/email", Map.of("note", "by email"));
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/campaigns/" + slug + "/outbox"));
        queued(slug);

        Document page = Pages.get("/campaigns/" + slug + "/outbox");
        assertTrue(page.select(".job").first().text().contains("Finished"), page.select(".job").first().text());
        assertTrue(page.select(".job").first().text().contains("Queued 2 letters; 1 without an address to send by hand"));
        Document bar = Pages.get("/campaigns/" + slug + "/outbox/bar");
        assertEquals("Sending: 0 of 2 sent, 2 waiting.", bar.select(".outbox-state").text());
        assertEquals("/campaigns/" + slug + "/outbox/bar", bar.getElementById("outbox-bar").attr("hx-get"), "polled while letters wait");
        String byHand = page.getElementById("by-hand").nextElementSiblings().select("ul").html();
        assertTrue(byHand.contains("No Email " + tag) && byHand.contains("/requests/" + requestId(slug, tag + "-x")), byHand);

        sender.sendDue();
        Document done = Pages.get("/campaigns/" + slug + "/outbox/bar");
        assertEquals("All 2 letters sent.", done.select(".outbox-state").text());
        assertFalse(done.getElementById("outbox-bar").hasAttr("hx-get"), "finished: no more polling");
        assertEquals("2", done.select("progress").attr("value"));
        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag)).size());
        // The same from any browser, and on the launch page after a reload.
        assertEquals("All 2 letters sent.", Pages.get("/campaigns/" + slug + "/launch").select(".outbox-state").text());
    }

    @Test
    void aRefusedLetterKeepsTheBarFromLookingFinishedAndSaysWhatToDo() {
        String tag = authorities(2, "ENGLAND_WALES");
        GreenMailResource.refuse("foi1@" + MailFixtures.domain(tag));
        String slug = campaign(Map.of("tag", tag), 1);
        assertEquals(303, post("/campaigns/" + slug + "/launch/email", Map.of()).statusCode());
        queued(slug);
        sender.sendDue();
        Document bar = Pages.get("/campaigns/" + slug + "/outbox/bar");
        assertEquals("Stopped with problems: 1 of 2 sent; 1 failed need you.", bar.select(".outbox-state").text());
        assertFalse(bar.text().contains("All "));
        assertEquals("/letters?status=FAILED&campaign=" + slug, bar.select(".error a").attr("href"));
        assertTrue(bar.select(".error").text().contains("What to do"));
        assertEquals(1, Pages.get("/letters?status=FAILED&campaign=" + slug).select("table.letters tbody tr").size());
        // The dashboard shows the bar while something needs the campaigner.
        assertEquals(1, Pages.get("/campaigns/" + slug).select("#outbox-bar").size());
    }

    @Test
    void launchingTwiceIsRefusedOnThePageAndNothingMoreIsQueued() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = campaign(Map.of("tag", tag), 1);
        assertEquals(303, post("/campaigns/" + slug + "/launch/email", Map.of()).statusCode());
        queued(slug);
        Response again = post("/campaigns/" + slug + "/launch/email", Map.of("note", "again"));
        assertEquals(409, again.statusCode());
        assertTrue(Pages.parse(again).select("#error-summary").text().contains("was already launched"));
        assertEquals(1, MailTestSupport.count("request", slug));
    }

    @Test
    void aMalformedAddressRefusesTheLaunchBeforeAnythingIsCreated() {
        String tag = authorities(1, "ENGLAND_WALES");
        // The directory refuses such an address today; one stored before that rule (or edited in the database) is caught here.
        QuarkusTransaction.requiringNew().run(() -> org.roundrobin.authority.Authority.update("foiEmail = 'foi at nowhere' where slug = ?1", tag + "-0"));
        String slug = campaign(Map.of("tag", tag), 1);
        Response r = post("/campaigns/" + slug + "/launch/email", Map.of("note", "kept"));
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(d.select("#error-summary").text().contains("is not a valid email address"), d.select("#error-summary").text());
        assertEquals("kept", d.getElementById("email-note").val());
        given().get("/api/campaigns/" + slug).then().body("state", is("DRAFT"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Job.latest(EmailLaunchJob.KIND, slug).isEmpty()));
    }
}
