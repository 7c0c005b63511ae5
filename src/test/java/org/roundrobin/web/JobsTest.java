package org.roundrobin.web;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.job.Job;
import org.roundrobin.job.Jobs;
import org.roundrobin.support.Pages;
import org.roundrobin.support.Poll;

/** Long work runs in the background with stored progress; a failure says what failed and what to do, and never looks finished. */
@QuarkusTest
class JobsTest {

    @Inject
    Jobs jobs;

    static Job reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(id));
    }

    static Job finished(long id) {
        Poll.until(() -> !reload(id).isRunning(), "job " + id + " to end");
        return reload(id);
    }

    @Test
    void aFailingJobShowsWhatFailedAndWhatToDoAndIsNotShownAsFinished() {
        Job job = jobs.start("test", "subject-" + suffix(), "A job that fails half way", "/somewhere", 4, p -> {
            p.advance(2, "two done");
            throw new Jobs.Failed("The third item was refused", "Fix the third item and start again.");
        });
        Job end = finished(job.id);
        assertEquals(Job.State.FAILED, end.state);
        assertEquals(2, end.done);
        assertEquals(4, end.total);
        assertNotNull(end.finishedAt);
        Document page = Pages.get("/jobs/" + job.id);
        String text = page.select(".job").text();
        assertTrue(text.contains("Failed") && text.contains("2 of 4 done"), text);
        assertTrue(text.contains("What failed: The third item was refused"), text);
        assertTrue(text.contains("What to do: Fix the third item and start again."), text);
        assertFalse(text.contains("Finished"));
        assertFalse(page.select(".job").hasAttr("hx-trigger"), "no more polling once it has ended");
    }

    @Test
    void aRunningJobsBarAsksHtmxToPollAndTheStoredProgressIsWhatEveryBrowserSees() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Job job = jobs.start("test", "subject-" + suffix(), "A job that waits", null, 3, p -> {
            p.advance(1, "one done");
            release.await();
            p.advance(2, "all done");
        });
        Poll.until(() -> reload(job.id).done == 1, "the first step");
        String bar = given().get("/jobs/" + job.id + "/bar").then().statusCode(200).extract().asString();
        assertTrue(bar.contains("hx-trigger=\"every 1s\""), bar);
        assertTrue(bar.contains("1 of 3 done"), bar);
        release.countDown();
        Job end = finished(job.id);
        assertEquals(Job.State.DONE, end.state);
        assertTrue(Pages.get("/jobs/" + job.id).select(".job").text().contains("3 of 3 done (100%)"));
    }

    @Test
    void launchingFromThePageRecordsEveryRequestAsSentInTheBackground() {
        String tag = authorities(3, "England & Wales");
        String slug = campaign(Map.of("tag", tag), 1);
        Response r = given().redirects().follow(false).formParams(Map.of("sentOn", "2024-05-01", "note", "posted"))
                .post("/campaigns/" + slug + "/launch");
        assertEquals(303, r.statusCode());
        long id = Long.parseLong(r.header("Location").replaceAll(".*/jobs/", ""));
        Job end = finished(id);
        assertEquals(Job.State.DONE, end.state);
        assertEquals(3, end.done);
        given().get("/api/campaigns/" + slug + "/requests").then().body("status", org.hamcrest.Matchers.everyItem(
                org.hamcrest.Matchers.not("NOT_SENT"))).body("sentOn", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("2024-05-01")));
    }

    @Test
    void aLaunchDatedInTheFutureIsRefusedNextToTheDateAndTheCampaignStaysADraft() {
        String slug = campaign(Map.of("tag", authorities(2, "England & Wales")), 1);
        Response r = given().redirects().follow(false).formParams(Map.of("sentOn", "2999-01-01", "note", "typed"))
                .post("/campaigns/" + slug + "/launch");
        assertEquals(400, r.statusCode());
        Document d = Pages.parse(r);
        assertTrue(Pages.field(d, "f-sentOn").contains("is in the future"), Pages.field(d, "f-sentOn"));
        assertEquals("typed", d.getElementById("f-note").text());
        given().get("/api/campaigns/" + slug).then().body("state", org.hamcrest.Matchers.is("DRAFT"));
    }

    @Test
    void importingADirectoryRunsInBatchesAndABadRowStopsItBeforeAnythingIsWritten() {
        String tag = "imp" + suffix();
        StringBuilder csv = new StringBuilder("slug,name,jurisdiction,tags\n");
        for (int i = 0; i < 450; i++) csv.append(tag).append('-').append(i).append(",Body ").append(i).append(",Scotland,").append(tag).append('\n');
        Response ok = given().redirects().follow(false).multiPart("file", "bodies.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/authorities/import");
        assertEquals(303, ok.statusCode());
        Job done = finished(Long.parseLong(ok.header("Location").replaceAll(".*/jobs/", "")));
        assertEquals(Job.State.DONE, done.state, done.message);
        assertEquals(450, done.done);
        assertEquals(450, given().get("/api/authorities?tag=" + tag).then().extract().jsonPath().getList("$").size());

        String other = "imp" + suffix();
        String bad = "slug,name,jurisdiction,tags\n" + other + "-1,Good,Scotland," + other + "\n" + other + "-2,,Scotland," + other + "\n";
        Response r = given().redirects().follow(false).multiPart("file", "bad.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/authorities/import");
        Job failed = finished(Long.parseLong(r.header("Location").replaceAll(".*/jobs/", "")));
        assertEquals(Job.State.FAILED, failed.state);
        assertTrue(failed.message.contains("row 3"), failed.message);
        assertEquals(0, given().get("/api/authorities?tag=" + other).then().extract().jsonPath().getList("$").size());
    }
}
