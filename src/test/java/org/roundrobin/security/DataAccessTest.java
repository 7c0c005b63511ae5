package org.roundrobin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;
import org.roundrobin.support.TestClock;

/** Exports, feeds, imports and the mail pages keep to the campaigns a user is a member of. */
@QuarkusTest
class DataAccessTest {

    @AfterEach
    void realDate() {
        TestClock.reset();
    }

    @Test
    void anEditorOfOneCampaignCannotExportOrSubscribeToAnother() {
        String a = launched(Map.of("tag", authorities(1, "England & Wales")), 1, "2017-08-10");
        String b = launched(Map.of("tag", authorities(1, "England & Wales")), 1, "2017-08-10");
        String editor = Accounts.member(a, "EDITOR");
        for (String path : new String[] {"/export.json", "/export.csv", "/calendar.ics"}) {
            Accounts.as(editor).get("/api/campaigns/" + a + path).then().statusCode(200);
            Api.problem(Accounts.as(editor).get("/api/campaigns/" + b + path).then(), 404);
        }
        // The whole database, restore and backups are the administrators'.
        Api.problem(Accounts.as(editor).get("/api/export").then(), 403);
        Api.problem(Accounts.as(editor).contentType("application/json").body("{}").post("/api/import").then(), 403);
        Api.problem(Accounts.as(editor).post("/api/admin/backup").then(), 403);
        // The outbox filter does not confirm another campaign exists; the inbox (every unfiled reply) is admins' only.
        Accounts.as(editor).redirects().follow(false).get("/letters?campaign=" + b).then().statusCode(400)
                .body(containsString("there is no campaign"));
        Accounts.as(editor).redirects().follow(false).get("/letters?campaign=" + a).then().statusCode(200);
        assertTrue(Accounts.as(editor).redirects().follow(false).get("/inbox").statusCode() == 403);
    }

    @Test
    void theCalendarFeedHoldsOnlyTheUsersCampaignsAndTakesARevocableTokenInTheAddress() {
        TestClock.set(LocalDate.of(2017, 8, 20));
        String a = launched(Map.of("tag", authorities(1, "England & Wales")), 1, "2017-08-10");
        String b = launched(Map.of("tag", authorities(1, "England & Wales")), 1, "2017-08-10");
        String viewer = Accounts.member(a, "VIEWER");
        assertFeed(Accounts.as(viewer).get("/api/calendar.ics").then().statusCode(200).extract().asString(), a, b);
        String all = unfolded(Api.given().get("/api/calendar.ics").then().statusCode(200).extract().asString());
        assertTrue(all.contains("(" + a + ")") && all.contains("(" + b + ")"), "an admin's feed has every campaign");

        var made = Accounts.as(viewer).contentType("application/json").body(Map.of("name", "calendar")).post("/api/me/tokens")
                .then().statusCode(201).extract();
        String token = made.path("token");
        int id = made.path("id");
        assertFeed(Api.anonymous().get("/api/calendar.ics?token=" + token).then().statusCode(200).extract().asString(), a, b);
        Api.anonymous().get("/api/campaigns/" + a + "/calendar.ics?token=" + token).then().statusCode(200);
        // Only the feeds take a token in the address: anywhere else it would end up in logs and histories.
        Api.anonymous().get("/api/me?token=" + token).then().statusCode(401);
        Accounts.as(viewer).delete("/api/me/tokens/" + id).then().statusCode(204);
        Api.anonymous().get("/api/calendar.ics?token=" + token).then().statusCode(401);
    }

    /** The feed names campaign {@code in} (its slug in each description) and never {@code out}. */
    private static void assertFeed(String ics, String in, String out) {
        String text = unfolded(ics);
        assertTrue(text.contains("(" + in + ")"), text);
        assertFalse(text.contains("(" + out + ")"), text);
    }

    /** iCalendar folds lines at 75 octets: a CRLF and a space inside a value. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }
}
