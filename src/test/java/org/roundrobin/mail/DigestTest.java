package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.MailTestSupport.*;
import static org.roundrobin.support.Api.json;
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
import org.roundrobin.law.Law;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.TestClock;

/** The campaigner's daily digest: what needs them, once a day, and nothing when there is nothing to say. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class DigestTest {

    static final LocalDate SENT = LocalDate.of(2025, 10, 6);

    @Inject
    Sender sender;
    @Inject
    ChaserPolicy chasers;
    @Inject
    MailboxReader reader;
    @Inject
    Digest digest;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void theDigestListsApprovalsRepliesAndClosingWindowsOnceADay() throws Exception {
        String tag = authorities(3, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        LocalDate answered = SENT.plusDays(8);
        TestClock.set(answered);
        event(requestId(slug, tag + "-2"), responded(answered.toString(), all(2, "NCND", "31(3)"))).statusCode(201);
        LocalDate reviewBy = Law.FOIA.due(org.roundrobin.law.Step.REVIEW_REQUEST, answered);
        LocalDate day = reviewBy.minusDays(3);
        TestClock.set(day);
        chasers.run(day); // authorities 0 and 1 are overdue: their chasers await approval
        InboundTest.deliver(InboundTest.message("x@other.example", "Re: [RR-" + slug + "-" + tag + "-1]", null, "Working on it", null));
        reader.poll();

        List<Digest.Sent> sent = digest.sendAll(day);
        Digest.Sent mine = sent.stream().filter(s -> s.campaign().equals(slug)).findFirst().orElseThrow();
        assertEquals("campaigner@example.org", mine.to());
        assertEquals(4, mine.items()); // two approvals, one reply, one window
        MimeMessage m = digests(slug).get(0);
        String body = (String) m.getContent();
        assertTrue(body.contains("Chasers waiting for your approval:\r\n- Authority 0 " + tag + ": chaser-1 awaiting approval"), body);
        assertTrue(body.contains("Replies to classify:\r\n- Authority 1 " + tag + ": a reply awaits classification"), body);
        assertTrue(body.contains("- Authority 2 " + tag + ": ask for an internal review by " + LetterModel.format(reviewBy)), body);
        assertFalse(body.contains("Became overdue"), body);

        assertTrue(digest.sendAll(day).stream().noneMatch(s -> s.campaign().equals(slug)));
        assertEquals(1, digests(slug).size());
    }

    @Test
    void requestsThatBecameOverdueSinceYesterdayAreListed() throws Exception {
        String tag = authorities(1, "ENGLAND_WALES");
        String slug = sentByEmail(sender, tag, SENT);
        long id = requestId(slug, tag + "-0");
        LocalDate due = LocalDate.parse(given().get("/api/requests/" + id).then().extract().path("dueOn"));
        TestClock.set(due.plusDays(1));
        assertTrue(digest.sendAll(due.plusDays(1)).stream().anyMatch(s -> s.campaign().equals(slug)));
        String body = (String) digests(slug).get(0).getContent();
        assertTrue(body.contains("Became overdue:\r\n- Authority 0 " + tag + ": response was due " + LetterModel.format(due)), body);
    }

    @Test
    void nothingToSayOrOptedOutSendsNothing() {
        String quiet = authorities(1, "ENGLAND_WALES");
        String quietSlug = sentByEmail(sender, quiet, SENT);
        TestClock.set(SENT.plusDays(3));
        assertTrue(digest.sendAll(SENT.plusDays(3)).stream().noneMatch(s -> s.campaign().equals(quietSlug)));
        assertEquals(0, digests(quietSlug).size());

        String busy = authorities(1, "ENGLAND_WALES");
        String busySlug = sentByEmail(sender, busy, SENT);
        json().body(Map.of("chasers", "APPROVE", "digest", false)).put("/api/campaigns/" + busySlug + "/mail-settings").then().statusCode(200);
        LocalDate late = firstLateDay(requestId(busySlug, busy + "-0"));
        TestClock.set(late);
        chasers.run(late);
        assertTrue(digest.sendAll(late).stream().noneMatch(s -> s.campaign().equals(busySlug)));
        assertEquals(0, digests(busySlug).size());
    }

    /** Every fixture campaign's requester is campaigner@example.org: its digests are told apart by subject. */
    private static List<MimeMessage> digests(String slug) {
        return MailFixtures.receivedAt("example.org", "Round Robin, Campaign " + slug + ":");
    }
}
