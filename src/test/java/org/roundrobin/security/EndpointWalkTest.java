package org.roundrobin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;
import org.roundrobin.support.Cases;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.MailFixtures;

/**
 * Walks every operation of the OpenAPI document (API and pages alike) and checks that nobody gets in anonymously
 * (401 for /api, a redirect to the sign-in page for pages) and that a viewer's every write is refused (403). The
 * routes come from the document, so a new endpoint is walked without touching this test; one with no rule fails
 * here (and the service would not even start: see EndpointRules).
 */
@QuarkusTest
class EndpointWalkTest {

    /** The only routes anyone may use without signing in. */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /logout", "GET /share/{token}", "GET /share/{token}/report");

    /** Writes any signed-in user may make: about themselves, creating their own campaign (also from a spreadsheet), reading a reply without storing it. */
    static final Set<String> ANY_USER_WRITES = Set.of("POST /api/campaigns", "POST /campaigns", "POST /api/campaigns/import", "POST /api/classify",
            "PUT /api/me", "PUT /api/me/password", "POST /api/me/tokens", "DELETE /api/me/tokens/{id}",
            "POST /account/settings", "POST /account/password", "POST /account/tokens", "POST /account/tokens/{id}/revoke");

    record Op(String method, String path, Set<String> consumes) {
        String key() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean write() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    static String slug;
    static long request;
    static long letter;
    static String caseRef;
    static String authority;
    static String viewer;

    /** Made on first use (RestAssured knows the test port only once a test runs). */
    static synchronized void fixtures() {
        if (slug != null) return;
        Cases.Responded a = Cases.responded(1, "England & Wales", 1, "2017-08-10", "2017-09-01");
        slug = a.slug();
        request = a.request(0);
        authority = a.authority(0);
        caseRef = Cases.icoRef();
        Cases.open(caseRef, request, null, "2018-04-16").statusCode(201);
        String tag = Fixtures.authorities(1, "England & Wales");
        String b = MailFixtures.launchedByEmail(tag, 1);
        long requestB = Fixtures.requestId(b, tag + "-0");
        letter = ((Number) given().get("/api/requests/" + requestB + "/letters").then().statusCode(200).extract().path("[0].id")).longValue();
        viewer = Accounts.member(slug, "VIEWER");
        Accounts.role(b, viewer, "VIEWER");
    }

    static List<Op> operations() {
        fixtures();
        String doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> paths = JsonPath.from(doc).getMap("paths");
        List<Op> ops = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, spec) -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) return;
            Set<String> consumes = new TreeSet<>();
            Object body = ((Map<?, ?>) spec).get("requestBody");
            if (body instanceof Map<?, ?> b && b.get("content") instanceof Map<?, ?> content) content.keySet().forEach(k -> consumes.add(k.toString()));
            ops.add(new Op(method.toUpperCase(java.util.Locale.ROOT), path, consumes));
        }));
        return ops;
    }

    @Test
    void everyEndpointOfOursIsInTheOpenApiDocumentAndDeclaresARule() {
        Set<String> documented = new TreeSet<>(operations().stream().map(Op::key).toList());
        List<String> problems = new ArrayList<>();
        for (EndpointRules.Route r : EndpointRules.routes()) {
            if (!documented.contains(r.method() + " " + r.path())) problems.add("not in the OpenAPI document: " + r.method() + " " + r.path());
            if (r.rule() == null) problems.add("no access rule: " + r.method() + " " + r.path());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // The pages are there too, so the walks below cover them.
        assertTrue(documented.contains("POST /campaigns/{slug}/responses") && documented.contains("GET /requests/{id}"), documented.toString());
    }

    @Test
    void anAnonymousCallIsRefusedEverywhereButThePublicRoutes() {
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            if (PUBLIC.contains(op.key())) continue;
            Response r = call(Api.anonymous(), op);
            if (op.api()) {
                String challenge = r.getHeader("WWW-Authenticate");
                if (r.statusCode() != 401 || challenge == null || !challenge.startsWith("Bearer")) {
                    wrong.add(op.key() + " answered " + r.statusCode() + " " + challenge);
                }
            } else if (r.statusCode() != 302 || r.getHeader("Location") == null || !r.getHeader("Location").endsWith("/login")) {
                wrong.add(op.key() + " answered " + r.statusCode() + " " + r.getHeader("Location"));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aViewersEveryWriteIsForbidden() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Op op : operations()) {
            if (!op.write() || PUBLIC.contains(op.key()) || ANY_USER_WRITES.contains(op.key())) continue;
            checked++;
            Response r = call(Accounts.as(viewer), op);
            if (r.statusCode() != 403) wrong.add(op.key() + " answered " + r.statusCode() + ": " + r.asString());
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked > 30, "only " + checked + " writes were walked");
        // Nothing the viewer tried changed the request.
        assertEquals(List.of("SENT", "RESPONDED", "COMPLAINT_SUBMITTED"), Cases.eventTypes(request));
    }

    /** The call with the path's parameters filled from the fixtures and a body of the kind the operation reads. */
    private static Response call(RequestSpecification spec, Op op) {
        String path = op.path()
                .replace("{slug}", op.path().contains("authorities") ? authority : slug)
                .replace("{reference}", caseRef).replace("{kind}", "request").replace("{attachment}", "1")
                .replace("{username}", viewer).replace("{token}", "not-a-share-token")
                .replace("{id}", String.valueOf(op.path().startsWith("/api/letters") || op.path().startsWith("/letters/") ? letter
                        : op.path().startsWith("/api/requests") || op.path().startsWith("/requests") ? request : 1))
                .replaceAll("\\{[^}]+}", "1");
        spec = spec.redirects().follow(false);
        if (op.write()) {
            if (op.key().equals("POST /api/cases")) {
                spec = spec.contentType("application/json").body(Map.of("requestId", request, "reference", Cases.icoRef()));
            } else if (op.consumes().contains("application/json") || op.consumes().contains("*/*")) {
                spec = spec.contentType("application/json").body("{}");
            } else if (op.consumes().contains("multipart/form-data")) {
                spec = spec.multiPart("file", "x.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            } else if (op.consumes().contains("application/x-www-form-urlencoded") || (!op.api() && op.consumes().isEmpty())) {
                spec = spec.formParam("x", "y");
            } else if (!op.consumes().isEmpty()) {
                spec = spec.contentType(op.consumes().iterator().next()).body("a,b\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return spec.request(op.method(), path);
    }
}
