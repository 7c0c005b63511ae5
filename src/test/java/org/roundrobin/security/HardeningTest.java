package org.roundrobin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;
import org.roundrobin.support.Fixtures;

/** CSRF on forms, security headers, no inline script, body limits and upload checks. */
@QuarkusTest
class HardeningTest {

    /** A signed-in admin page call with this CSRF cookie and form field (either may be missing: null). */
    private static Response post(String path, String cookie, String field, Map<String, String> form) {
        var spec = Api.anonymous().redirects().follow(false).cookie(Api.SESSION_COOKIE, Api.session(Api.ADMIN, Api.ADMIN_PASSWORD));
        if (cookie != null) spec = spec.cookie(Api.CSRF_COOKIE, cookie);
        if (field != null) spec = spec.formParam("csrf-token", field);
        return spec.formParams(form).post(path);
    }

    @Test
    void aFormWithoutOrWithAStaleCsrfTokenIsRefusedAndChangesNothing() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        long id = Fixtures.requestId(slug, tag + "-0");
        Map<String, String> note = Map.of("type", "NOTE", "on", "2024-03-02", "note", "forged");
        assertEquals(400, post("/requests/" + id + "/events", null, null, note).statusCode(), "no token at all");
        assertEquals(400, post("/requests/" + id + "/events", Api.CSRF, null, note).statusCode(), "cookie but no field");
        assertEquals(400, post("/requests/" + id + "/events", "c3RhbGUtdG9rZW4tdmFsdWU", Api.CSRF, note).statusCode(), "stale token");
        given().get("/api/requests/" + id).then().body("events.size()", is(1));
        // The same form with the token the page gave works.
        Response page = Api.anonymous().cookie(Api.SESSION_COOKIE, Api.session(Api.ADMIN, Api.ADMIN_PASSWORD)).get("/requests/" + id);
        String token = page.getCookie(Api.CSRF_COOKIE);
        assertTrue(page.asString().contains("name=\"csrf-token\" value=\"" + token + "\""), "the form carries the token");
        assertEquals(303, post("/requests/" + id + "/events", token, token, note).statusCode());
        given().get("/api/requests/" + id).then().body("events.size()", is(2));
    }

    @Test
    void aPageAcceptsOnlyFormsAndTheApiTakesJsonWithoutAToken() {
        String slug = Fixtures.campaign(Map.of("tag", Fixtures.authorities(1, "England & Wales")), 1);
        Api.anonymous().cookie(Api.SESSION_COOKIE, Api.session(Api.ADMIN, Api.ADMIN_PASSWORD)).contentType("text/plain")
                .body("title=x").post("/campaigns/" + slug + "/edit").then().statusCode(415);
        Api.anonymous().auth().preemptive().basic(Api.ADMIN, Api.ADMIN_PASSWORD).contentType("application/json")
                .body(Map.of("chasers", "AUTO", "digest", false)).put("/api/campaigns/" + slug + "/mail-settings").then().statusCode(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Response r : List.of(given().get("/"), Api.anonymous().redirects().follow(false).get("/"), Api.anonymous().get("/api/campaigns"),
                Api.anonymous().get("/css/app.css"), given().get("/api/campaigns"))) {
            assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
            assertEquals("same-origin", r.getHeader("Referrer-Policy"));
            String csp = r.getHeader("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), csp);
        }
    }

    @Test
    void noPageTemplateHasAnInlineScriptOrEventHandler() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                assertTrue(!inlineScript.matcher(html).find(), f + " has an inline script");
                assertTrue(!handler.matcher(html).find(), f + " has an inline event handler");
            }
        }
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413() {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        Api.problem(given().contentType("application/json").body(big).post("/api/me/tokens").then(), 413);
    }

    @Test
    void aCsvImportThatIsNotTextIsRefused() {
        byte[] binary = {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0};
        Api.problem(given().contentType("text/csv").body(binary).post("/api/authorities/import").then(), 400)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void theSignInFormCannotBePostedFromAnotherSite() {
        Api.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").formParam("j_username", Api.ADMIN)
                .formParam("j_password", Api.ADMIN_PASSWORD).post("/j_security_check").then().statusCode(403);
    }

    @Test
    void aShareLinkShowsTheDashboardAndReportWithoutPrivateDataUntilRevoked() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        long id = Fixtures.requestId(slug, tag + "-0");
        Api.json().body(Map.of("type", "NOTE", "on", "2024-03-02", "note", "secret-note-text", "privateNote", true))
                .post("/api/requests/" + id + "/events").then().statusCode(201);
        var made = Api.json().body(Map.of("label", "press")).post("/api/campaigns/" + slug + "/share-links").then().statusCode(201).extract();
        String url = made.path("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertTrue(token.length() >= 43, "256 random bits: " + token);
        String email = given().get("/api/campaigns/" + slug).then().extract().path("requester.email");
        for (String path : List.of("/share/" + token, "/share/" + token + "/report")) {
            String html = Api.anonymous().get(path).then().statusCode(200).header("X-Robots-Tag", containsString("noindex")).extract().asString();
            assertTrue(html.contains(tag + "-0") || html.contains("Authority"), path);
            assertTrue(!html.contains(email) && !html.contains("secret-note-text") && !html.contains("/requests/"), path + " leaks");
        }
        Api.anonymous().get("/share/" + token.substring(1) + "x").then().statusCode(404);
        int linkId = made.path("id");
        String viewer = Accounts.member(slug, "VIEWER");
        Api.problem(Accounts.as(viewer).delete("/api/campaigns/" + slug + "/share-links/" + linkId).then(), 403);
        given().delete("/api/campaigns/" + slug + "/share-links/" + linkId).then().statusCode(204);
        Api.anonymous().get("/share/" + token).then().statusCode(404);
        Api.anonymous().get("/share/" + token + "/report").then().statusCode(404);
    }

    @Test
    void aResponseLetterThatIsNotALetterIsRefusedByItsFieldAndNothingIsRecorded() {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-03-01");
        long id = Fixtures.requestId(slug, tag + "-0");
        byte[] exe = {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Response r = given().redirects().follow(false).multiPart("request", String.valueOf(id)).multiPart("on", "2024-03-20")
                .multiPart("outcome-1", "ANSWERED").multiPart("letter", "letter.pdf", exe, "application/pdf")
                .post("/campaigns/" + slug + "/responses");
        assertEquals(400, r.statusCode());
        assertTrue(org.roundrobin.support.Pages.field(org.roundrobin.support.Pages.parse(r), "f-letter").contains("not a kind of file"));
        given().get("/api/requests/" + id).then().body("events.size()", is(1));
    }
}
