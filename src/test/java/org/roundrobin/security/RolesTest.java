package org.roundrobin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.given;
import static org.roundrobin.support.Api.json;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;
import org.roundrobin.support.Fixtures;

/** Per-campaign roles: who sees and changes what, through the API and the pages. */
@QuarkusTest
class RolesTest {

    @Test
    void anEditorOfOneCampaignCannotReadAnotherByApiOrPage() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String a = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        String b = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        long requestB = Fixtures.requestId(b, tag + "-0");
        String editor = Accounts.member(a, "EDITOR");

        Accounts.as(editor).get("/api/campaigns/" + a).then().statusCode(200);
        Api.problem(Accounts.as(editor).get("/api/campaigns/" + b).then(), 404);
        Api.problem(Accounts.as(editor).get("/api/requests/" + requestB).then(), 404);
        Api.problem(Accounts.as(editor).get("/api/campaigns/" + b + "/summary").then(), 404);
        Accounts.as(editor).redirects().follow(false).get("/campaigns/" + b).then().statusCode(404)
                .body(containsString("Page not found"));
        Accounts.as(editor).redirects().follow(false).get("/requests/" + requestB).then().statusCode(404);
        // Lists show only what the user may see.
        List<String> listed = Accounts.as(editor).get("/api/campaigns").then().statusCode(200).extract().path("slug");
        assertTrue(listed.contains(a));
        assertFalse(listed.contains(b));
        String home = Accounts.as(editor).get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("/campaigns/" + a + "\""), "own campaign listed");
        assertFalse(home.contains("/campaigns/" + b + "\""), "other campaign not listed");
    }

    @Test
    void aViewerReadsButCannotWriteAndNothingChanges() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        long id = Fixtures.requestId(slug, tag + "-0");
        String viewer = Accounts.member(slug, "VIEWER");
        Accounts.as(viewer).get("/api/requests/" + id).then().statusCode(200);
        Api.problem(Accounts.as(viewer).contentType("application/json").body(Map.of("type", "NOTE", "on", "2024-03-02", "note", "x"))
                .post("/api/requests/" + id + "/events").then(), 403).body("detail", containsString("editor"));
        Accounts.as(viewer).redirects().follow(false).formParams(Map.of("type", "NOTE", "on", "2024-03-02", "note", "x"))
                .post("/requests/" + id + "/events").then().statusCode(403).body(containsString("You may not do that"));
        given().get("/api/requests/" + id).then().body("events.size()", is(1));
    }

    @Test
    void theCreatorOwnsTheCampaignAndAnEditorRecordsUnderTheirOwnName() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String creator = Accounts.user();
        String slug = "own-" + Fixtures.suffix();
        Accounts.as(creator).contentType("application/json").body(Fixtures.campaignBody(slug, Map.of("tag", tag), 1))
                .post("/api/campaigns").then().statusCode(201);
        Accounts.as(creator).get("/api/campaigns/" + slug + "/members").then().statusCode(200)
                .body("username", is(List.of(creator))).body("role", is(List.of("OWNER")));
        Accounts.as(creator).contentType("application/json").body(Map.of("sentOn", "2024-03-01"))
                .post("/api/campaigns/" + slug + "/launch").then().statusCode(200);
        long id = Fixtures.requestId(slug, tag + "-0");
        String editor = Accounts.member(slug, "EDITOR");
        Accounts.as(editor).contentType("application/json").body(Map.of("type", "NOTE", "on", "2024-03-02", "note", "phoned them"))
                .post("/api/requests/" + id + "/events").then().statusCode(201).body("events[-1].recordedBy", is(editor));
        // A client cannot claim someone else recorded it: the field is refused, and nothing is recorded.
        Api.problem(Accounts.as(editor).contentType("application/json")
                .body(Map.of("type", "NOTE", "on", "2024-03-02", "note", "x", "recordedBy", "someone-else"))
                .post("/api/requests/" + id + "/events").then(), 400).body("errors[0].field", is("recordedBy"));
        given().get("/api/requests/" + id).then().body("events.size()", is(2));
    }

    @Test
    void privateNotesAreHiddenFromViewersButShownToEditors() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        long id = Fixtures.requestId(slug, tag + "-0");
        json().body(Map.of("type", "NOTE", "on", "2024-03-02", "note", "Our source at the force says no", "privateNote", true))
                .post("/api/requests/" + id + "/events").then().statusCode(201);
        Api.problem(json().body(Map.of("type", "NOTE", "on", "2024-03-02", "privateNote", true))
                .post("/api/requests/" + id + "/events").then(), 400).body("errors[0].field", is("privateNote"));
        String viewer = Accounts.member(slug, "VIEWER");
        String editor = Accounts.member(slug, "EDITOR");
        Accounts.as(viewer).get("/api/requests/" + id).then().statusCode(200)
                .body("events[-1].note", nullValue()).body("events[-1].notePrivate", is(true));
        Accounts.as(editor).get("/api/requests/" + id).then().body("events[-1].note", is("Our source at the force says no"));
        String page = Accounts.as(viewer).get("/requests/" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("Our source"));
        assertTrue(page.contains("A private note"));
        assertTrue(Accounts.as(editor).get("/requests/" + id).then().extract().asString().contains("Our source"));
    }

    @Test
    void ownersManageMembersAndACampaignKeepsAnOwner() {
        String slug = Fixtures.campaign(Map.of("tag", Fixtures.authorities(1, "England & Wales")), 1);
        String owner = Accounts.member(slug, "OWNER");
        String other = Accounts.user();
        Accounts.as(owner).contentType("application/json").body(Map.of("role", "EDITOR")).put("/api/campaigns/" + slug + "/members/" + other)
                .then().statusCode(200).body("role", is("EDITOR"));
        Api.problem(Accounts.as(other).contentType("application/json").body(Map.of("role", "OWNER"))
                .put("/api/campaigns/" + slug + "/members/" + other).then(), 403);
        // admin owns it too (the creator); removing admin leaves the test owner, who cannot then be demoted.
        Accounts.as(owner).delete("/api/campaigns/" + slug + "/members/admin").then().statusCode(204);
        Api.problem(Accounts.as(owner).contentType("application/json").body(Map.of("role", "VIEWER"))
                .put("/api/campaigns/" + slug + "/members/" + owner).then(), 409).body("detail", containsString("at least one owner"));
        // The owner may delete the draft; an editor may not.
        Api.problem(Accounts.as(other).delete("/api/campaigns/" + slug).then(), 403);
        Accounts.as(owner).delete("/api/campaigns/" + slug).then().statusCode(204);
        Api.problem(given().get("/api/campaigns/" + slug).then(), 404);
    }

    @Test
    void aLaunchedCampaignIsNeverDeleted() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        Api.problem(given().delete("/api/campaigns/" + slug).then(), 409);
        given().get("/api/campaigns/" + slug).then().statusCode(200);
    }

    @Test
    void onlyAdminsWriteTheDirectoryAndManageUsers() {
        String user = Accounts.user();
        Accounts.as(user).get("/api/authorities?tag=police").then().statusCode(200);
        Map<String, Object> body = Map.of("name", "Somewhere Council", "jurisdiction", "ENGLAND_WALES", "foiEmail", "foi@somewhere.example");
        Api.problem(Accounts.as(user).contentType("application/json").body(body).post("/api/authorities").then(), 403);
        Api.problem(Accounts.as(user).contentType("text/csv").body("name\nX\n").post("/api/authorities/import").then(), 403);
        Api.problem(Accounts.as(user).get("/api/users").then(), 403);
        Accounts.as(user).redirects().follow(false).get("/admin/users").then().statusCode(403);
        given().get("/api/users").then().statusCode(200).body("username", hasItem(user));
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashesAndNeverAnswered() {
        String user = Accounts.user();
        String hash = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(user).orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2"), hash);
        assertFalse(hash.contains(Accounts.PASSWORD));
        String listing = given().get("/api/users").then().statusCode(200).extract().asString();
        assertFalse(listing.contains(hash));
        assertFalse(listing.toLowerCase().contains("password"));
        Api.problem(json().body(Map.of("username", "short-" + Fixtures.suffix(), "password", "short")).post("/api/users").then(), 400)
                .body("errors[0].field", is("password"));
    }

    @Test
    void aPersonalTokenWorksUntilRevokedAndIsStoredHashed() {
        String user = Accounts.user();
        var made = Accounts.as(user).contentType("application/json").body(Map.of("name", "scripts")).post("/api/me/tokens")
                .then().statusCode(201).extract();
        String token = made.path("token");
        int id = made.path("id");
        assertTrue(token.matches("rr_[A-Za-z0-9_-]{43}"), token);
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200).body("user.username", is(user));
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById((long) id).tokenHash);
        assertEquals(Secrets.sha256(token), stored);
        Accounts.as(user).get("/api/me/tokens").then().body("[0].name", is("scripts")).body(not(containsString(token)));
        Accounts.as(user).delete("/api/me/tokens/" + id).then().statusCode(204);
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
    }

    @Test
    void aDeactivatedUserIsRefusedAtOnce() {
        String user = Accounts.user();
        Accounts.as(user).get("/api/me").then().statusCode(200);
        long id = ((Number) given().get("/api/users").then().extract().path("find { it.username == '" + user + "' }.id")).longValue();
        String session = Api.session(user, Accounts.PASSWORD);
        json().body(Map.of("active", false)).put("/api/users/" + id).then().statusCode(200).body("active", is(false));
        Api.anonymous().auth().preemptive().basic(user, Accounts.PASSWORD).get("/api/me").then().statusCode(401);
        // The session made before is refused too: a page sends the user back to sign in.
        Api.anonymous().redirects().follow(false).cookie(Api.SESSION_COOKIE, session).get("/account").then().statusCode(302);
    }

    @Test
    void aLetterRecordsWhoQueuedIt() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.campaign(Map.of("tag", tag), 1);
        String editor = Accounts.member(slug, "EDITOR");
        Accounts.as(editor).contentType("application/json").body(Map.of("send", true)).post("/api/campaigns/" + slug + "/launch")
                .then().statusCode(200);
        long id = Fixtures.requestId(slug, tag + "-0");
        given().get("/api/requests/" + id + "/letters").then().statusCode(200).body("[0].queuedBy", is(editor));
    }
}
