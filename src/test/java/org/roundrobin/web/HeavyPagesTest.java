package org.roundrobin.web;

import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roundrobin.support.Gate;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Api;

/**
 * A report and a shared page are made at most {@link Heavy#AT_ONCE} at a time (each can hold megabytes): while the
 * turns are all taken, a request for one waits its turn, then is answered in full.
 */
@QuarkusTest
class HeavyPagesTest {

    @Test
    void reportsAndSharedPagesWaitTheirTurn() throws Exception {
        String slug = launched(Map.of("tag", authorities(2, "England & Wales")), 1, "2024-03-01");
        String url = Api.json().body(Map.of("label", "press")).post("/api/campaigns/" + slug + "/share-links").then().statusCode(201)
                .extract().path("url");
        String share = url.substring(url.indexOf("/share/"));
        var gate = new Gate(Heavy.AT_ONCE);
        var pool = Executors.newFixedThreadPool(Heavy.AT_ONCE + 3);
        try {
            // The test takes every turn, as large pages being made would
            for (int i = 0; i < Heavy.AT_ONCE; i++) {
                pool.submit(() -> Heavy.run(gate::hold));
            }
            assertTrue(gate.allHeld());
            List<Future<String>> pages = new ArrayList<>();
            pages.add(pool.submit(() -> Api.given().get("/campaigns/" + slug + "/report").then().statusCode(200).extract().asString()));
            pages.add(pool.submit(() -> Api.anonymous().get(share).then().statusCode(200).extract().asString()));
            pages.add(pool.submit(() -> Api.anonymous().get(share + "/report").then().statusCode(200).extract().asString()));
            long until = System.nanoTime() + 10_000_000_000L;
            while (Heavy.waiting() < 3) {
                assertTrue(System.nanoTime() < until, "the three pages wait for a turn; waiting: " + Heavy.waiting());
                Thread.sleep(10);
            }
            assertTrue(pages.stream().noneMatch(Future::isDone), "none is answered while every turn is taken");
            gate.open();
            for (Future<String> page : pages) assertTrue(page.get(30, TimeUnit.SECONDS).contains("Authority 1"));
        } finally {
            gate.open();
            pool.shutdownNow();
        }
    }
}
