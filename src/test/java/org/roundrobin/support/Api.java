package org.roundrobin.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured calls to our API and pages, signed in as the test administrator unless said otherwise.
 * {@link #given()} sends Basic credentials (which only /api accepts) and the admin's session cookie with a matching
 * CSRF cookie and header (which only the pages use), so one call style works for both. Tests import
 * {@code org.roundrobin.support.Api.given} instead of RestAssured's.
 */
public final class Api {

    /** The admin password of the test profile ({@code %test.roundrobin.admin.password}). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    /** Any 16 random bytes in base64url: the CSRF filter only checks that cookie and header or field agree. */
    public static final String CSRF = "dGVzdC1jc3JmLXRva2VuLQ";
    public static final String CSRF_COOKIE = "rr-csrf";
    public static final String SESSION_COOKIE = "rr-session";

    private static String adminSession;

    private Api() {
    }

    /** Signed in as the administrator, for /api and for pages. */
    public static RequestSpecification given() {
        return as(ADMIN, ADMIN_PASSWORD, adminSession());
    }

    /** Nobody signed in, no CSRF token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    /** Signed in as this user: Basic for /api, a fresh session for pages. */
    public static RequestSpecification as(String username, String password) {
        return as(username, password, session(username, password));
    }

    private static RequestSpecification as(String username, String password, String session) {
        return RestAssured.given().auth().preemptive().basic(username, password)
                .cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, CSRF).header("X-CSRF-TOKEN", CSRF);
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Signs in through the login form and returns the session cookie's value. */
    public static String session(String username, String password) {
        Response r = RestAssured.given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        String cookie = r.getCookie(SESSION_COOKIE);
        if (cookie == null) throw new AssertionError("signing in as " + username + " failed: " + r.statusCode() + " " + r.getHeader("Location"));
        return cookie;
    }

    /** After the accounts were recreated: the next call signs in again. */
    public static synchronized void forgetSessions() {
        adminSession = null;
    }

    private static synchronized String adminSession() {
        if (adminSession == null) adminSession = session(ADMIN, ADMIN_PASSWORD);
        return adminSession;
    }

    /** Asserts an RFC 7807 answer with this status and returns it for more checks. */
    public static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
