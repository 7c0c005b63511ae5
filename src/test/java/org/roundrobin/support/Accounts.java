package org.roundrobin.support;

import static org.roundrobin.support.Api.json;

import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Test users: made through the admin API, put in campaigns with a role, and calls made as them. */
public final class Accounts {

    /** Every test user's password (the test admin's is {@link Api#ADMIN_PASSWORD}). */
    public static final String PASSWORD = "a-long-test-password";

    private Accounts() {
    }

    /** A new active user; returns the username. */
    public static String user() {
        String name = "u-" + Fixtures.suffix();
        json().body(Map.of("username", name, "displayName", "User " + name, "email", name + "@example.org", "password", PASSWORD))
                .post("/api/users").then().statusCode(201);
        return name;
    }

    /** A new user with this role (VIEWER, EDITOR, OWNER) in the campaign. */
    public static String member(String slug, String role) {
        String name = user();
        role(slug, name, role);
        return name;
    }

    public static void role(String slug, String username, String role) {
        json().body(Map.of("role", role)).put("/api/campaigns/" + slug + "/members/" + username).then().statusCode(200);
    }

    /** Calls as this user: Basic for /api, a signed-in session (with the CSRF pair) for pages. */
    public static RequestSpecification as(String username) {
        return Api.as(username, PASSWORD);
    }
}
