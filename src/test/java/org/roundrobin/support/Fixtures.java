package org.roundrobin.support;

import static org.roundrobin.support.Api.given;
import static org.roundrobin.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one test-data builder: authorities, campaigns and requests in named states, made through the public API
 * (so tests exercise the real paths). Every name carries a fresh suffix: tests share one database.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** n authorities tagged with a fresh tag (returned), imported in one CSV; jurisdiction England & Wales unless given. */
    public static String authorities(int n, String jurisdiction) {
        String tag = "t" + suffix();
        StringBuilder csv = new StringBuilder("slug,name,jurisdiction,tags,foi_email\n");
        for (int i = 0; i < n; i++) {
            csv.append(tag).append("-").append(i).append(",Authority ").append(i).append(" ").append(tag).append(",")
                    .append(jurisdiction).append(",").append(tag).append(",foi").append(i).append("@").append(tag).append(".example.org\n");
        }
        given().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/authorities/import").then().statusCode(200);
        return tag;
    }

    public static List<Map<String, Object>> questions(int n) {
        List<Map<String, Object>> qs = new ArrayList<>();
        for (int i = 1; i <= n; i++) qs.add(Map.of("number", i, "label", "Question " + i));
        return qs;
    }

    public static Map<String, Object> campaignBody(String slug, Map<String, Object> targets, int questions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Campaign " + slug);
        body.put("slug", slug);
        body.put("requestText", "Please provide the following information.");
        body.put("questions", questions(questions));
        body.put("requester", Map.of("name", "Test Campaigner", "email", "campaigner@example.org"));
        body.put("targets", targets);
        return body;
    }

    /** A draft campaign; returns its slug. */
    public static String campaign(Map<String, Object> targets, int questions) {
        String slug = "c-" + suffix();
        json().body(campaignBody(slug, targets, questions)).post("/api/campaigns").then().statusCode(201);
        return slug;
    }

    /** A campaign launched on {@code sentOn}; returns its slug. */
    public static String launched(Map<String, Object> targets, int questions, String sentOn) {
        String slug = campaign(targets, questions);
        json().body(Map.of("sentOn", sentOn)).post("/api/campaigns/" + slug + "/launch").then().statusCode(200);
        return slug;
    }

    /** The id of the campaign's request to that authority. */
    public static long requestId(String campaign, String authority) {
        List<Map<String, Object>> rows = given().get("/api/campaigns/" + campaign + "/requests").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return rows.stream().filter(r -> authority.equals(((Map<?, ?>) r.get("authority")).get("slug")))
                .map(r -> ((Number) r.get("id")).longValue()).findFirst().orElseThrow();
    }

    public static List<Long> requestIds(String campaign) {
        return given().get("/api/campaigns/" + campaign + "/requests").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
    }

    public static Map<String, Object> outcome(int question, String outcome, String... sections) {
        return sections.length == 0 ? Map.of("question", question, "outcome", outcome)
                : Map.of("question", question, "outcome", outcome, "sections", List.of(sections));
    }

    /** Every question answered the same way. */
    public static List<Map<String, Object>> all(int questions, String outcome, String... sections) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int q = 1; q <= questions; q++) list.add(outcome(q, outcome, sections));
        return list;
    }

    public static Map<String, Object> responded(String on, List<Map<String, Object>> outcomes) {
        return Map.of("type", "RESPONDED", "on", on, "outcomes", outcomes);
    }

    public static io.restassured.response.ValidatableResponse event(long requestId, Map<String, Object> event) {
        return json().body(event).post("/api/requests/" + requestId + "/events").then();
    }
}
