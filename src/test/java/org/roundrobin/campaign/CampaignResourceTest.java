package org.roundrobin.campaign;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignResourceTest {

    static int campaigns() {
        return given().get("/api/campaigns").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void createsADraftTargetedByTag() {
        String slug = "iot-" + suffix();
        int police = given().queryParam("tag", "police").get("/api/authorities").then().extract().jsonPath().getList("$").size();
        json().body(campaignBody(slug, Map.of("tag", "police"), 6)).post("/api/campaigns").then().statusCode(201)
                .header("Location", endsWith("/api/campaigns/" + slug))
                .body("slug", is(slug)).body("state", is("DRAFT")).body("targetCount", is(police))
                .body("questions", hasSize(6)).body("questions[0].label", is("Question 1"))
                .body("requester.email", is("campaigner@example.org"))
                .body("targets.tag", is("police"));
        given().get("/api/campaigns/" + slug).then().statusCode(200).body("title", is("Campaign " + slug));
        given().get("/api/campaigns").then().body("slug", hasItem(slug));
    }

    @Test
    void targetsByJurisdictionOrByList() {
        String scottish = campaign(Map.of("jurisdiction", "SCOTLAND"), 2);
        given().get("/api/campaigns/" + scottish).then().body("targets.jurisdiction", is("SCOTLAND"))
                .body("targetCount", greaterThanOrEqualTo(1));
        String listed = campaign(Map.of("authorities", List.of("kent", "cambridgeshire")), 2);
        given().get("/api/campaigns/" + listed).then().body("targetCount", is(2))
                .body("targets.authorities", contains("cambridgeshire", "kent"));
    }

    @Test
    void slugIsMadeFromTheTitleWhenAbsent() {
        Map<String, Object> body = new HashMap<>(campaignBody(null, Map.of("tag", "police"), 1));
        body.remove("slug");
        body.put("title", "Body-worn video " + suffix().toUpperCase());
        json().body(body).post("/api/campaigns").then().statusCode(201).body("slug", startsWith("body-worn-video-"));
    }

    @Test
    void draftCanBeEditedAndLaunchedCampaignCannot() {
        String slug = campaign(Map.of("authorities", List.of("kent")), 2);
        Map<String, Object> body = new HashMap<>(campaignBody(slug, Map.of("authorities", List.of("kent", "essex")), 3));
        json().body(body).put("/api/campaigns/" + slug).then().statusCode(200)
                .body("questions", hasSize(3)).body("targetCount", is(2));
        json().body(Map.of("sentOn", "2024-03-01")).post("/api/campaigns/" + slug + "/launch").then().statusCode(200)
                .body("requests", is(2)).body("sentOn", is("2024-03-01"));
        problem(json().body(body).put("/api/campaigns/" + slug).then(), 409).body("detail", containsString("launched"));
        given().get("/api/campaigns/" + slug).then().body("state", is("LAUNCHED")).body("targetCount", is(2))
                .body("sentOn", is("2024-03-01"));
    }

    @Test
    void launchingTwiceIsRefusedAndCreatesNothingMore() {
        String slug = launched(Map.of("authorities", List.of("kent", "essex")), 1, "2024-01-10");
        problem(json().body(Map.of("sentOn", "2024-01-11")).post("/api/campaigns/" + slug + "/launch").then(), 409);
        assertEquals(2, requestIds(slug).size());
        given().get("/api/campaigns/" + slug).then().body("sentOn", is("2024-01-10"));
    }

    @Test
    void launchNeedsAPastSentDate() {
        String slug = campaign(Map.of("authorities", List.of("kent")), 1);
        problem(json().body(Map.of()).post("/api/campaigns/" + slug + "/launch").then(), 400).body("errors[0].field", is("sentOn"));
        problem(json().body(Map.of("sentOn", "2999-01-01")).post("/api/campaigns/" + slug + "/launch").then(), 400)
                .body("errors[0].field", is("sentOn"));
        problem(json().body(Map.of("sentOn", "yesterday")).post("/api/campaigns/" + slug + "/launch").then(), 400)
                .body("errors[0].field", is("sentOn"));
        given().get("/api/campaigns/" + slug).then().body("state", is("DRAFT"));
    }

    @Test
    void invalidCampaignsAreRefusedNamingEachFieldAndNothingIsStored() {
        int before = campaigns();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "");
        body.put("questions", List.of(Map.of("number", 1, "label", "A"), Map.of("number", 1, "label", "")));
        body.put("requester", Map.of("name", "X", "email", "not-an-email"));
        body.put("targets", Map.of("tag", "police"));
        problem(json().body(body).post("/api/campaigns").then(), 400)
                .body("errors.field", hasItems("title", "requestText", "questions[1].label", "requester.email"));
        assertEquals(before, campaigns());
    }

    @Test
    void duplicateQuestionNumbersAndUnknownTargetsAreRefused() {
        int before = campaigns();
        Map<String, Object> body = new HashMap<>(campaignBody("dup-" + suffix(), Map.of("authorities", List.of("kent", "no-such-force")), 1));
        body.put("questions", List.of(Map.of("number", 1, "label", "A"), Map.of("number", 1, "label", "B")));
        problem(json().body(body).post("/api/campaigns").then(), 400)
                .body("errors.field", hasItems("questions[1].number", "targets.authorities"))
                .body("detail", containsString("no-such-force"));
        problem(json().body(campaignBody("tag-" + suffix(), Map.of("tag", "no-such-tag"), 1)).post("/api/campaigns").then(), 400)
                .body("errors[0].field", is("targets.tag"));
        problem(json().body(campaignBody("both-" + suffix(), Map.of("tag", "police", "authorities", List.of("kent")), 1))
                .post("/api/campaigns").then(), 400).body("errors[0].field", is("targets"));
        problem(json().body(campaignBody("none-" + suffix(), Map.of(), 1)).post("/api/campaigns").then(), 400);
        assertEquals(before, campaigns());
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = campaign(Map.of("tag", "police"), 1);
        problem(json().body(campaignBody(slug, Map.of("tag", "police"), 1)).post("/api/campaigns").then(), 409);
    }

    @Test
    void staleVersionIsRefused() {
        String slug = campaign(Map.of("tag", "police"), 1);
        int version = given().get("/api/campaigns/" + slug).then().extract().path("version");
        Map<String, Object> body = new HashMap<>(campaignBody(slug, Map.of("tag", "police"), 2));
        body.put("version", version);
        json().body(body).put("/api/campaigns/" + slug).then().statusCode(200);
        problem(json().body(body).put("/api/campaigns/" + slug).then(), 409);
        given().get("/api/campaigns/" + slug).then().body("questions", hasSize(2));
    }

    @Test
    void unknownCampaignIs404() {
        problem(given().get("/api/campaigns/nope-" + suffix()).then(), 404);
        problem(given().get("/api/campaigns/nope-" + suffix() + "/requests").then(), 404);
    }
}
