package org.roundrobin.mail;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Api;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;

/** /q/metrics: administrators only, with the API's credentials; letters and job runs counted as they really happen. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MetricsTest {

    static final String QUEUED = "roundrobin_letters_total{event=\"queued\"}";
    static final String SENT = "roundrobin_letters_total{event=\"sent\"}";
    static final String FAILED = "roundrobin_letters_total{event=\"failed\"}";
    static final String CHASER_RUNS = "roundrobin_job_seconds_count{job=\"chaser\",outcome=\"ok\"}";
    static final String SENDER_RUNS = "roundrobin_job_seconds_count{job=\"sender\",outcome=\"ok\"}";

    @Inject
    Sender sender;

    @Test
    void metricsNeedAnAdministratorsApiCredentials() {
        Api.anonymous().get("/q/metrics").then().statusCode(401);
        // the pages' session cookie alone is not accepted: like /api, metrics take only Basic or a Bearer token
        Api.anonymous().cookie(Api.SESSION_COOKIE, Api.session(Api.ADMIN, Api.ADMIN_PASSWORD)).get("/q/metrics").then().statusCode(401);
        Accounts.as(Accounts.user()).get("/q/metrics").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(200).body(containsString("roundrobin_letters_total"));
        // health stays public, for load balancers
        Api.anonymous().get("/q/health/ready").then().statusCode(200);
        Api.anonymous().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aBearerTokenOfAnAdministratorReadsMetrics() {
        String token = given().contentType("application/json").body(Map.of("name", "prometheus")).post("/api/me/tokens")
                .then().statusCode(201).extract().path("token");
        RestAssured.given().header("Authorization", "Bearer " + token).get("/q/metrics").then().statusCode(200)
                .body(containsString("roundrobin_job_seconds"));
    }

    @Test
    void lettersQueuedSentAndFailedAreCounted() {
        Map<String, Double> before = Map.of(QUEUED, value(QUEUED), SENT, value(SENT), FAILED, value(FAILED), SENDER_RUNS, value(SENDER_RUNS));
        String tag = Fixtures.authorities(3, "England & Wales");
        GreenMailResource.refuse("foi1@" + MailFixtures.domain(tag));

        MailFixtures.launchedByEmail(tag, 2);
        assertEquals(before.get(QUEUED) + 3, value(QUEUED));
        assertEquals(before.get(SENT), value(SENT));

        sender.sendDue();
        assertEquals(2, MailFixtures.receivedAt(MailFixtures.domain(tag)).size());
        assertEquals(before.get(SENT) + 2, value(SENT));
        assertEquals(before.get(FAILED) + 1, value(FAILED));
        assertEquals(before.get(QUEUED) + 3, value(QUEUED));
        assertEquals(before.get(SENDER_RUNS) + 1, value(SENDER_RUNS));
    }

    @Test
    void aChaserRunStartedByAnAdministratorIsTimed() {
        double runs = value(CHASER_RUNS);
        given().post("/api/admin/jobs/chaser").then().statusCode(200)
                .body("job", is("chaser")).body("millis", greaterThanOrEqualTo(0))
                .body("chaser1", greaterThanOrEqualTo(0)).body("noAddress", greaterThanOrEqualTo(0));
        assertEquals(runs + 1, value(CHASER_RUNS));
        Accounts.as(Accounts.user()).post("/api/admin/jobs/chaser").then().statusCode(403);
        assertEquals(runs + 1, value(CHASER_RUNS));
    }

    @Test
    void httpMetricsAreTaggedWithRouteTemplatesNotPaths() {
        String slug = Fixtures.launched(Map.of("tag", Fixtures.authorities(2, "England & Wales")), 1, "2025-09-01");
        given().get("/api/campaigns/" + slug + "/summary").then().statusCode(200);
        given().redirects().follow(false).get("/campaigns/" + slug).then().statusCode(200);
        String metrics = metrics();
        assertTrue(metrics.contains("uri=\"/api/campaigns/{slug}/summary\""), "the summary's template");
        assertTrue(metrics.contains("uri=\"/campaigns/{slug}\""), "the dashboard's template");
        assertFalse(metrics.contains(slug), "no campaign slug in any tag");
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series (name with its labels, exactly as exposed), 0 if it is not there yet. */
    static double value(String series) {
        return metrics().lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).strip())).orElse(0.0);
    }
}
