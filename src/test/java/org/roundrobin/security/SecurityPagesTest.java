package org.roundrobin.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.Pages;

/** The account, users and members pages: forms that say what is wrong next to the field and change nothing. */
@QuarkusTest
class SecurityPagesTest {

    @Test
    void anAdminAddsAUserByFormAndAWeakPasswordIsRefusedByItsField() {
        String name = "p-" + Fixtures.suffix();
        Response bad = given().redirects().follow(false)
                .formParams(Map.of("username", name, "displayName", "Pat", "email", "pat@example.org", "password", "short")).post("/admin/users");
        assertEquals(400, bad.statusCode());
        Document d = Pages.parse(bad);
        assertTrue(Pages.field(d, "f-password").contains("at least 10 characters"), Pages.field(d, "f-password"));
        assertEquals(name, d.getElementById("f-username").val(), "what was typed is kept");
        List<String> users = given().get("/api/users").then().extract().path("username");
        assertTrue(!users.contains(name));
        Response ok = given().redirects().follow(false)
                .formParams(Map.of("username", name, "displayName", "Pat", "email", "pat@example.org", "password", "a-good-long-password"))
                .post("/admin/users");
        assertEquals(303, ok.statusCode());
        Api.anonymous().auth().preemptive().basic(name, "a-good-long-password").get("/api/me").then().statusCode(200);
    }

    @Test
    void anOwnerAddsAMemberAndMakesAShareLinkOnTheMembersPage() {
        String slug = Fixtures.launched(Map.of("tag", Fixtures.authorities(1, "England & Wales")), 1, "2024-03-01");
        String owner = Accounts.member(slug, "OWNER");
        String other = Accounts.user();
        Response unknown = Accounts.as(owner).redirects().follow(false).formParams(Map.of("username", "nobody-here", "role", "EDITOR"))
                .post("/campaigns/" + slug + "/members");
        assertEquals(400, unknown.statusCode());
        assertTrue(Pages.field(Pages.parse(unknown), "f-username").contains("no active user"));
        assertEquals(303, Accounts.as(owner).redirects().follow(false).formParams(Map.of("username", other, "role", "EDITOR"))
                .post("/campaigns/" + slug + "/members").statusCode());
        given().get("/api/campaigns/" + slug + "/members").then().body(containsString(other));
        Response link = Accounts.as(owner).formParams(Map.of("label", "press")).post("/campaigns/" + slug + "/members/share-links");
        assertEquals(200, link.statusCode());
        String url = Pages.parse(link).getElementById("new-link").text();
        Api.anonymous().get(url.substring(url.indexOf("/share/"))).then().statusCode(200);
        // An editor may not open the members page.
        Accounts.as(other).redirects().follow(false).get("/campaigns/" + slug + "/members").then().statusCode(403);
    }

    @Test
    void aUserMakesAndRevokesATokenOnTheAccountPage() {
        String user = Accounts.user();
        Response made = Accounts.as(user).formParams(Map.of("name", "laptop")).post("/account/tokens");
        assertEquals(200, made.statusCode());
        assertEquals("no-store", made.getHeader("Cache-Control"));
        String token = Pages.parse(made).getElementById("new-token").text();
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
        int id = Accounts.as(user).get("/api/me/tokens").then().extract().path("[0].id");
        assertEquals(303, Accounts.as(user).redirects().follow(false).formParam("x", "y").post("/account/tokens/" + id + "/revoke").statusCode());
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
        assertTrue(!Accounts.as(user).get("/account").asString().contains(token), "never shown again");
    }
}
