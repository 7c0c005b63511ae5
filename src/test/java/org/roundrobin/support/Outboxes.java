package org.roundrobin.support;

import static org.roundrobin.support.Api.given;
import static org.roundrobin.support.Api.json;

import java.time.LocalDate;
import java.util.Map;
import org.roundrobin.law.Law;
import org.roundrobin.mail.ChaserPolicy;
import org.roundrobin.mail.Sender;

/** Outboxes holding a letter in each state that matters, through the real sender and a real (GreenMail) SMTP server. */
public final class Outboxes {

    private Outboxes() {
    }

    /** The campaign, the tag of its three authorities (slugs tag-0..2), and the first day its response was late. */
    public record Letters(String campaign, String tag, LocalDate lateDay) {
    }

    /**
     * Three authorities, a campaign launched by email on {@code sentOn} with chasers held for approval: the request to
     * authority 1 is refused by its mail server (FAILED, with the server's reason), those to 0 and 2 are SENT (with
     * their SENT events); on the first late day the chasers to 0 and 2 are queued and HELD. Every overdue request in the
     * database is chased that day. Leaves the clock on the late day: reset it after.
     */
    public static Letters inEveryState(Sender sender, ChaserPolicy chasers, LocalDate sentOn) {
        String tag = Fixtures.authorities(3, "England & Wales");
        GreenMailResource.refuse("foi1@" + MailFixtures.domain(tag));
        TestClock.set(sentOn);
        String slug = MailFixtures.launchedByEmail(tag, 2);
        json().body(Map.of("chasers", "APPROVE", "digest", true)).put("/api/campaigns/" + slug + "/mail-settings").then().statusCode(200);
        sender.sendDue();
        String due = given().get("/api/requests/" + Fixtures.requestId(slug, tag + "-0")).then().statusCode(200).extract().path("dueOn");
        LocalDate late = Law.FOIA.workingDays().addWorkingDays(LocalDate.parse(due), 1);
        TestClock.set(late);
        chasers.run(late);
        return new Letters(slug, tag, late);
    }
}
