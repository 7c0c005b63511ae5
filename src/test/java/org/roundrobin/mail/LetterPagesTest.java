package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.MailTestSupport.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.Pages;
import org.roundrobin.support.TestClock;

/** The outbox pages: letters by status, one letter with its exact message, and confirm / requeue / cancel / approve. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class LetterPagesTest {

    @Inject
    Sender sender;
    @Inject
    Outbox outbox;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static long letterId(long requestId, String kind) {
        return ((Number) letters(requestId, kind).get(0).get("id")).longValue();
    }

    static Response post(String path, Map<String, String> form) {
        var spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        for (var e : form.entrySet()) spec = spec.formParam(e.getKey(), e.getValue());
        return spec.post(path);
    }

    /** A letter left SENDING by a crash, found by the recovery as the sender does on start: UNCERTAIN. */
    long uncertain(long letterId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Letter l = Letter.findById(letterId);
            l.status = Letter.Status.SENDING;
            l.claimedAt = Instant.now().minus(Duration.ofHours(1));
        });
        outbox.recoverInterrupted(Duration.ofMinutes(5));
        return letterId;
    }

    @Test
    void theOutboxListsLettersByStatusAndCampaignWithCounts() {
        String tag = authorities(2, "ENGLAND_WALES");
        String slug = MailFixtures.launchedByEmail(tag, 1);
        Document d = Pages.get("/letters?status=QUEUED&campaign=" + slug);
        assertEquals(2, d.select("table.letters tbody tr").size());
        assertTrue(d.select("table.letters tbody").text().contains("Authority 0 " + tag));
        assertTrue(d.select("table.letters tbody").text().contains("Queued to send QUEUED"), d.select("table.letters tbody").text());
        String strip = d.select("ul.strip").text();
        assertTrue(strip.contains("2 Queued to send") && strip.contains("0 Failed"), strip);
        assertEquals("QUEUED", d.select("#f-status option[selected]").attr("value"));
        assertEquals(slug, d.select("#f-campaign option[selected]").attr("value"));
        assertEquals(0, Pages.get("/letters?status=SENT&campaign=" + slug).select("table.letters tbody tr").size());
    }

    @Test
    void anUnknownStatusOrCampaignIsSaidByItsFilter() {
        Response r = given().get("/letters?status=LOST&campaign=no-such-campaign");
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(Pages.field(d, "f-status").contains("'LOST' is not one of the statuses"), Pages.field(d, "f-status"));
        assertTrue(Pages.field(d, "f-campaign").contains("there is no campaign 'no-such-campaign'"));
        assertEquals(0, d.select("table.letters").size());
    }

    @Test
    void aRefusedLetterShowsWhyAndWhatToDoAndGoesBackInTheQueue() {
        String tag = authorities(1, "ENGLAND_WALES");
        GreenMailResource.refuse("foi0@" + MailFixtures.domain(tag));
        String slug = MailFixtures.launchedByEmail(tag, 1);
        sender.sendDue();
        long id = letterId(requestId(slug, tag + "-0"), "request");
        Document d = Pages.get("/letters/" + id);
        assertTrue(d.select(".warning").text().contains("User unknown"), d.select(".warning").text());
        assertTrue(d.select(".warning").text().contains("correct the address") || d.select(".warning").text().contains("Check the authority's address"));
        assertEquals(1, d.select("form[action=/letters/" + id + "/requeue]").size());
        assertEquals(0, d.select("form[action=/letters/" + id + "/confirm-sent]").size(), "a refused letter did not go");

        Response r = post("/letters/" + id + "/requeue", Map.of("back", "/requests/" + requestId(slug, tag + "-0")));
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/requests/" + requestId(slug, tag + "-0") + "?done=LETTER_REQUEUED#letter-" + id), r.header("Location"));
        given().get("/api/letters/" + id).then().body("status", is("QUEUED")).body("attempts", is(0));
        Document page = Pages.get("/requests/" + requestId(slug, tag + "-0") + "?done=LETTER_REQUEUED");
        assertTrue(page.select(".notice").text().contains("back in the queue"), page.select(".notice").text());
    }

    @Test
    void anUncertainLetterIsConfirmedOnADayButNeverOnOneInTheFuture() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = MailFixtures.launchedByEmail(tag, 1);
        long request = requestId(slug, tag + "-0");
        long id = uncertain(letterId(request, "request"));
        Document page = Pages.get("/requests/" + request);
        assertTrue(page.select("#letter-" + id).text().contains("Uncertain: check the sent folder UNCERTAIN"), page.select("#letter-" + id).text());
        assertEquals(1, page.select("#letter-" + id + " form[action=/letters/" + id + "/confirm-sent] input[type=date]").size());
        assertEquals(1, page.select("#letter-" + id + " form[action=/letters/" + id + "/requeue]").size());

        String future = LocalDate.now().plusDays(3).toString();
        Response refused = post("/letters/" + id + "/confirm-sent", Map.of("sentOn", future));
        assertEquals(400, refused.statusCode());
        Document d = Pages.parse(refused);
        assertTrue(Pages.field(d, "f-sentOn").contains("is in the future"), Pages.field(d, "f-sentOn"));
        assertEquals(future, d.getElementById("f-sentOn").val());
        given().get("/api/letters/" + id).then().body("status", is("UNCERTAIN"));
        given().get("/api/requests/" + request).then().body("events", hasSize(0));

        String day = LocalDate.now().minusDays(1).toString();
        Response ok = post("/letters/" + id + "/confirm-sent", Map.of("sentOn", day, "back", "/requests/" + request));
        assertEquals(303, ok.statusCode());
        given().get("/api/letters/" + id).then().body("status", is("SENT")).body("sentOn", is(day));
        given().get("/api/requests/" + request).then().body("events.type", contains("SENT")).body("events[0].on", is(day));

        Response again = post("/letters/" + id + "/confirm-sent", Map.of("sentOn", day));
        assertEquals(409, again.statusCode());
        assertTrue(Pages.parse(again).select("#error-summary").text().contains("is SENT"), Pages.parse(again).select("#error-summary").text());
        given().get("/api/requests/" + request).then().body("events", hasSize(1));
    }

    @Test
    void theExactMessageIsShownAndDownloadable() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = MailFixtures.launchedByEmail(tag, 1);
        long id = letterId(requestId(slug, tag + "-0"), "request");
        String messageId = given().get("/api/letters/" + id).then().extract().path("messageId");
        String eml = given().get("/letters/" + id + ".eml").then().statusCode(200).contentType("message/rfc822")
                .header("Content-Disposition", startsWith("attachment; filename=\"letter-" + id + ".eml\"")).extract().asString();
        assertTrue(eml.contains("Message-ID: " + messageId), eml);
        assertTrue(eml.contains("[RR-" + slug + "-" + tag + "-0]"));
        Document d = Pages.get("/letters/" + id);
        assertTrue(d.select("pre.eml").text().contains("Message-ID: " + messageId));
        assertTrue(d.select(".mail-body").text().contains("Freedom of Information Act 2000"));
    }

    @Test
    void anActionReturnsToThePageItCameFromButNeverToAnotherSite() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = MailFixtures.launchedByEmail(tag, 1);
        long id = letterId(requestId(slug, tag + "-0"), "request");
        Response r = post("/letters/" + id + "/cancel", Map.of("back", "//evil.example/steal"));
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/letters/" + id + "?done=LETTER_CANCELLED#letter-" + id), r.header("Location"));
        given().get("/api/letters/" + id).then().body("status", is("CANCELLED"));
        Response twice = post("/letters/" + id + "/cancel", Map.of());
        assertEquals(409, twice.statusCode());
        assertTrue(Pages.parse(twice).select("#error-summary").text().contains("is CANCELLED"));
    }

    @Test
    void previewingALetterStoresNothing() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = launched(Map.of("tag", tag), 2, "2025-01-06");
        long request = requestId(slug, tag + "-0");
        Document d = Pages.get("/requests/" + request + "/letters/review-request");
        assertTrue(d.select(".mail-body").text().contains("To: foi0@" + MailFixtures.domain(tag)), d.select(".mail-body").text());
        assertTrue(d.select(".lede").text().contains("nothing is stored or sent"));
        assertEquals(0, letters(request).size());
        assertEquals(404, given().get("/requests/" + request + "/letters/telegram").statusCode());
    }
}
