package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.roundrobin.support.Api.json;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundrobin.law.Law;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.TestClock;

/** Requests in mail states: sent by email on a day, overdue on another. */
final class MailTestSupport {

    private MailTestSupport() {
    }

    /** A campaign to the authorities tagged {@code tag}, launched by email and delivered on {@code sentOn}. */
    static String sentByEmail(Sender sender, String tag, LocalDate sentOn) {
        TestClock.set(sentOn);
        String slug = MailFixtures.launchedByEmail(tag, 2);
        sender.sendDue();
        return slug;
    }

    static void chasersAuto(String slug) {
        json().body(Map.of("chasers", "AUTO", "digest", true)).put("/api/campaigns/" + slug + "/mail-settings").then().statusCode(200);
    }

    /** The first working day after the request's response was due: when chaser-1 is due. */
    static LocalDate firstLateDay(long requestId) {
        LocalDate due = LocalDate.parse(given().get("/api/requests/" + requestId).then().extract().path("dueOn"));
        return Law.FOIA.workingDays().addWorkingDays(due, 1);
    }

    static List<Map<String, Object>> letters(long requestId) {
        return given().get("/api/requests/" + requestId + "/letters").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> letters(long requestId, String kind) {
        return letters(requestId).stream().filter(l -> kind.equals(l.get("kind"))).toList();
    }

    static long count(String kind, String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Letter.count("kind = ?1 and request.campaign.slug = ?2",
                LetterKind.parse(kind).orElseThrow(), slug));
    }

    static List<Long> ids(String slug) {
        return Fixtures.requestIds(slug);
    }
}
