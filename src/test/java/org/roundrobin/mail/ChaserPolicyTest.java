package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.MailTestSupport.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.WorkingDays;
import org.roundrobin.law.Law;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.TestClock;

/** The chaser policy, called as the daily job would call it, on chosen days. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ChaserPolicyTest {

    static final LocalDate SENT = LocalDate.of(2025, 9, 1);
    static final WorkingDays WD = Law.FOIA.workingDays();

    @Inject
    Sender sender;
    @Inject
    ChaserPolicy chasers;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void chaserOneWaitsForTheFirstWorkingDayAfterTheDeadlineAndAwaitsApproval() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        LocalDate late = firstLateDay(id);

        TestClock.set(late.minusDays(1));
        chasers.run(late.minusDays(1)); // the due date itself, or a weekend after it
        assertEquals(0, count("chaser-1", slug));
        TestClock.set(late);
        chasers.run(late);
        assertEquals(1, count("chaser-1", slug));
        sender.sendDue();
        assertEquals(0, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size()); // held: not sent

        int letterId = given().get("/api/campaigns/" + slug + "/chasers").then().statusCode(200)
                .body("awaitingApproval", hasSize(1)).body("awaitingApproval[0].kind", is("chaser-1"))
                .body("awaitingApproval[0].status", is("HELD"))
                .body("awaitingApproval[0].text", containsString("Your response was due by"))
                .extract().path("awaitingApproval[0].id");
        given().post("/api/campaigns/" + slug + "/chasers/approve").then().statusCode(200)
                .body("approved", is(1)).body("cancelled", is(0));
        sender.sendDue();
        List<MimeMessage> got = MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue");
        assertEquals(1, got.size());
        assertTrue(got.get(0).getSubject().endsWith("[RR-" + slug + "-" + tag + "-0]"));
        given().get("/api/letters/" + letterId).then().body("status", is("SENT")).body("sentOn", is(late.toString()));
        given().get("/api/requests/" + id).then().body("status", is("OVERDUE"))
                .body("events.type", contains("SENT", "CHASER_SENT"));
        given().get("/api/campaigns/" + slug + "/chasers").then().body("awaitingApproval", hasSize(0));
        chasers.run(late);
        assertEquals(1, count("chaser-1", slug));
    }

    @Test
    void chaserTwoFollowsTenWorkingDaysAfterTheFirstThenAComplaintIsSuggested() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        chasersAuto(slug);
        long id = requestId(slug, tag + "-0");
        LocalDate late = firstLateDay(id);
        TestClock.set(late);
        chasers.run(late);
        sender.sendDue();

        LocalDate nine = WD.addWorkingDays(late, 9);
        TestClock.set(nine);
        chasers.run(nine);
        assertEquals(0, count("chaser-2", slug));
        LocalDate ten = WD.addWorkingDays(late, 10);
        TestClock.set(ten);
        chasers.run(ten);
        assertEquals(1, count("chaser-2", slug));
        sender.sendDue();
        MimeMessage second = MailFixtures.receivedAt(MailFixtures.domain(tag), "Second reminder").get(0);
        String body = (String) second.getContent();
        assertTrue(body.contains("again on " + LetterModel.format(late)), body);
        int daysLate = given().get("/api/requests/" + id).then().extract().path("workingDaysLate");
        assertTrue(body.contains("it is now " + daysLate + " working days late"), body);
        assertTrue(body.contains("complain to the Information Commissioner's Office"), body);
        given().get("/api/campaigns/" + slug + "/chasers").then().body("suggestions", hasSize(0));

        LocalDate later = WD.addWorkingDays(ten, 10);
        TestClock.set(later);
        chasers.run(later);
        assertEquals(1, count("chaser-2", slug));
        given().get("/api/campaigns/" + slug + "/chasers").then().body("suggestions", hasSize(1))
                .body("suggestions[0].requestId", is((int) id)).body("suggestions[0].action", is("COMPLAINT"));
        assertEquals(List.of("request", "chaser-1", "chaser-2"), letters(id).stream().map(l -> l.get("kind")).toList()); // no letter for a suggestion
    }

    @Test
    void requestsAwaitingClarificationExtendedOrAnsweredAreNeverChased() {
        String tag = authorities(4, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        chasersAuto(slug);
        LocalDate during = SENT.plusDays(7);
        TestClock.set(during);
        event(requestId(slug, tag + "-0"), Map.of("type", "CLARIFICATION_REQUESTED", "on", during.toString())).statusCode(201);
        event(requestId(slug, tag + "-1"), Map.of("type", "EXTENDED", "on", during.toString(), "extendedTo", SENT.plusDays(60).toString())).statusCode(201);
        event(requestId(slug, tag + "-2"), responded(during.toString(), all(2, "NOT_HELD"))).statusCode(201);
        LocalDate late = firstLateDay(requestId(slug, tag + "-3"));
        TestClock.set(late);

        chasers.run(late);
        for (int i = 0; i < 3; i++) assertEquals(0, letters(requestId(slug, tag + "-" + i), "chaser-1").size(), "authority " + i);
        assertEquals(1, letters(requestId(slug, tag + "-3"), "chaser-1").size());
    }

    @Test
    void approvingAChaserTheAuthorityAnsweredMeanwhileCancelsIt() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        LocalDate late = firstLateDay(id);
        TestClock.set(late);
        chasers.run(late);
        event(id, responded(late.toString(), all(2, "ANSWERED"))).statusCode(201);

        given().contentType("application/json").body("{}").post("/api/campaigns/" + slug + "/chasers/approve").then()
                .statusCode(200).body("approved", is(0)).body("cancelled", is(1));
        Map<String, Object> chaser = letters(id, "chaser-1").get(0);
        assertEquals("CANCELLED", chaser.get("status"));
        assertTrue(((String) chaser.get("lastError")).contains("RESPONDED"));
        sender.sendDue();
        assertEquals(0, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());
    }

    @Test
    void approvingAnUnknownChaserIsRefusedAndChangesNothing() {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        LocalDate late = firstLateDay(id);
        TestClock.set(late);
        chasers.run(late);
        org.roundrobin.support.Api.problem(given().contentType("application/json").body(Map.of("ids", List.of(-5)))
                .post("/api/campaigns/" + slug + "/chasers/approve").then(), 400).body("errors[0].field", is("ids"));
        assertEquals("HELD", letters(id, "chaser-1").get(0).get("status"));
    }
}
