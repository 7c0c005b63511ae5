package org.roundrobin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;

/** Signing in and out, sessions and the API's own authentication, and the throttle on guessing. */
@QuarkusTest
class SignInTest {

    @Inject
    LoginThrottle throttle;

    @AfterEach
    void forget() {
        throttle.clear(); // every test call comes from 127.0.0.1: leave no lockout for the next test
    }

    @Test
    void pagesSendAnonymousPeopleToSignInAndBackWhereTheyWere() {
        Response r = Api.anonymous().redirects().follow(false).get("/campaigns/new");
        assertEquals(302, r.statusCode());
        assertTrue(r.getHeader("Location").endsWith("/login"));
        Api.anonymous().get("/login").then().statusCode(200).body(containsString("j_security_check"))
                .body(containsString("Sign in"));
    }

    @Test
    void theApiAnswers401WithABearerChallengeAndNeverRedirects() {
        Api.anonymous().redirects().follow(false).get("/api/campaigns").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        // The pages' session cookie does not authenticate the API (so the API needs no CSRF token).
        String session = Api.session(Api.ADMIN, Api.ADMIN_PASSWORD);
        Api.anonymous().redirects().follow(false).cookie(Api.SESSION_COOKIE, session).get("/api/campaigns").then().statusCode(401);
        Api.anonymous().auth().preemptive().basic(Api.ADMIN, "wrong-password").get("/api/campaigns").then().statusCode(401);
        Api.anonymous().auth().preemptive().basic(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/campaigns").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        Response r = Api.anonymous().redirects().follow(false).formParam("j_username", Api.ADMIN)
                .formParam("j_password", Api.ADMIN_PASSWORD).post("/j_security_check");
        assertEquals(302, r.statusCode());
        String setCookie = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Api.SESSION_COOKIE + "="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
    }

    @Test
    void aWrongPasswordShowsAReadableMessageAndSigningOutEndsTheSession() {
        Response bad = Api.anonymous().redirects().follow(false).formParam("j_username", Api.ADMIN)
                .formParam("j_password", "not-it").post("/j_security_check");
        assertEquals(302, bad.statusCode());
        assertTrue(bad.getHeader("Location").contains("/login?error"));
        Api.anonymous().get("/login?error=true").then().statusCode(401).body(containsString("username or password is not right"));

        String user = Accounts.user();
        String session = Api.session(user, Accounts.PASSWORD);
        Api.anonymous().cookie(Api.SESSION_COOKIE, session).get("/account").then().statusCode(200).body(containsString(user));
        Response out = Api.anonymous().redirects().follow(false).cookie(Api.SESSION_COOKIE, session).cookie(Api.CSRF_COOKIE, Api.CSRF)
                .formParam("csrf-token", Api.CSRF).post("/logout");
        assertEquals(303, out.statusCode());
        assertTrue(out.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(Api.SESSION_COOKIE + "=;")
                && c.contains("Max-Age=0")), out.getHeaders().toString());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordThenASuccessResets() {
        String user = Accounts.user();
        for (int i = 0; i < 5; i++) {
            Api.anonymous().auth().preemptive().basic(user, "wrong-" + i).get("/api/me").then().statusCode(401);
        }
        // The right password within the lockout is refused: 429 with Retry-After on the API ...
        Response locked = Api.anonymous().auth().preemptive().basic(user, Accounts.PASSWORD).get("/api/me");
        assertEquals(429, locked.statusCode());
        assertTrue(Integer.parseInt(locked.getHeader("Retry-After")) > 0);
        // ... and a readable message on the sign-in page.
        Response form = Api.anonymous().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", Accounts.PASSWORD).post("/j_security_check");
        assertTrue(form.getHeader("Location").contains("/login?error"));
        Api.anonymous().get("/login?error=true").then().body(containsString("Too many failed attempts"));
        // Once the lockout is over (cleared here rather than waited for), the right password works and resets the count.
        throttle.clear();
        Api.anonymous().auth().preemptive().basic(user, Accounts.PASSWORD).get("/api/me").then().statusCode(200);
        Api.anonymous().auth().preemptive().basic(user, "wrong-again").get("/api/me").then().statusCode(401);
        Api.anonymous().auth().preemptive().basic(user, Accounts.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void aUserChangesTheirPasswordOnlyWithTheCurrentOne() {
        String user = Accounts.user();
        Api.problem(Accounts.as(user).contentType("application/json")
                .body(java.util.Map.of("currentPassword", "nope", "newPassword", "another-long-password"))
                .put("/api/me/password").then(), 400).body("errors[0].field", is("currentPassword"));
        Accounts.as(user).contentType("application/json")
                .body(java.util.Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "another-long-password"))
                .put("/api/me/password").then().statusCode(204);
        Api.anonymous().auth().preemptive().basic(user, "another-long-password").get("/api/me").then().statusCode(200)
                .body("user.username", is(user));
        given().get("/api/me").then().body("user.admin", is(true)).body("campaigns.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        Api.anonymous().get("/").then().statusCode(200).body(containsString("Sign in")); // followed the redirect to the form
        Api.anonymous().redirects().follow(false).get("/").then().header("Location", endsWith("/login"));
    }
}
