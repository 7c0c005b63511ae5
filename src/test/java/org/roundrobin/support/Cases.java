package org.roundrobin.support;

import static org.roundrobin.support.Api.given;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Fixtures.*;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Casework test data through the public API: regulator case references that never repeat within a run (the
 * test database is shared), campaigns whose requests have all been answered, cases opened and decided.
 */
public final class Cases {

    // Far from the worked example's FS50739797 etc.: those are used by name.
    private static final AtomicInteger NEXT = new AtomicInteger(100_000);

    private Cases() {
    }

    /** A fresh ICO FOIA reference (FS50 + six digits). */
    public static String icoRef() {
        return "FS50" + NEXT.incrementAndGet();
    }

    /** A fresh Scottish Information Commissioner case number (nine digits). */
    public static String sicRef() {
        return "2019" + String.format("%05d", NEXT.incrementAndGet() % 100_000);
    }

    /** A fresh Scottish Information Commissioner decision number (NNN/YYYY). */
    public static String sicDecision() {
        int n = NEXT.incrementAndGet();
        return String.format("%03d/%d", n % 1000, 2000 + (n / 1000) % 100);
    }

    /** A campaign of {@code n} new authorities sent on {@code sentOn}, each neither confirming nor denying all {@code q} questions on {@code respondedOn}. */
    public static Responded responded(int n, String jurisdiction, int q, String sentOn, String respondedOn) {
        String tag = authorities(n, jurisdiction);
        String slug = launched(Map.of("tag", tag), q, sentOn);
        List<String> sections = jurisdiction.equals("Scotland") ? List.of("18(1)", "35(1)(a)") : List.of("31(3)");
        List<Long> ids = IntStream.range(0, n).mapToObj(i -> requestId(slug, tag + "-" + i)).toList();
        for (long id : ids) {
            event(id, Fixtures.responded(respondedOn, all(q, "NCND", sections.toArray(String[]::new)))).statusCode(201);
        }
        return new Responded(slug, tag, ids);
    }

    /** A launched campaign: its slug, the tag of its authorities (slugs tag-0, tag-1, ...), and its request ids in that order. */
    public record Responded(String slug, String tag, List<Long> requests) {
        public long request(int i) {
            return requests.get(i);
        }

        public String authority(int i) {
            return tag + "-" + i;
        }
    }

    public static ValidatableResponse open(String reference, long requestId, String lead, String submittedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("requestId", requestId);
        body.put("leadReference", lead);
        body.put("submittedOn", submittedOn);
        return json().body(body).post("/api/cases").then();
    }

    public static ValidatableResponse decide(String reference, String on, String outcome) {
        return json().body(Map.of("decidedOn", on, "outcome", outcome)).post("/api/cases/" + reference + "/decision").then();
    }

    /**
     * A 409 from the request's timeline. Not {@link Api#problem}: that problem carries the request's status in a
     * "status" member, which shadows the problem's own numeric status in the JSON.
     */
    public static ValidatableResponse refusedByTimeline(ValidatableResponse r) {
        return org.roundrobin.support.Api.problem(r, 409).body("title", org.hamcrest.Matchers.is("Not allowed now"))
                .body("requestStatus", org.hamcrest.Matchers.notNullValue());
    }

    public static ValidatableResponse get(String reference) {
        return given().accept("application/json").get("/api/cases/" + reference).then();
    }

    /** The request's timeline as the API shows it. */
    public static ValidatableResponse request(long id) {
        return given().get("/api/requests/" + id).then().statusCode(200);
    }

    public static List<String> eventTypes(long id) {
        return request(id).extract().jsonPath().getList("events.type");
    }
}
