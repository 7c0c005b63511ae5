package org.roundrobin.request;

import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Fixtures;
import org.roundrobin.web.JsonArrays;

/** GET /api/campaigns/{slug}/requests is written batch by batch ({@link JsonArrays#BATCH}): every request once, by name then id. */
@QuarkusTest
class RequestListTest {

    @Test
    void aListLongerThanABatchHasEveryRequestOnceEvenWithOneNameForAll() {
        int n = 2 * JsonArrays.BATCH + 1;
        String tag = "t" + Fixtures.suffix();
        StringBuilder csv = new StringBuilder("slug,name,jurisdiction,tags\n");
        // One name for all but the last: the batches must follow on by id where names tie
        for (int i = 0; i < n - 1; i++) csv.append(tag).append("-").append(i).append(",The Same Council,England & Wales,").append(tag).append("\n");
        csv.append(tag).append("-last,Zeta Council,England & Wales,").append(tag).append("\n");
        given().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8)).post("/api/authorities/import")
                .then().statusCode(200);
        String slug = Fixtures.launched(Map.of("tag", tag), 1, "2024-01-10");

        List<Map<String, Object>> rows = given().get("/api/campaigns/" + slug + "/requests").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(n, rows.size());
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        assertEquals(n, ids.stream().distinct().count(), "each request once");
        assertEquals(ids.subList(0, n - 1).stream().sorted().toList(), ids.subList(0, n - 1), "tied names follow on by id");
        assertEquals(tag + "-last", ((Map<?, ?>) rows.get(n - 1).get("authority")).get("slug"), "by name: Zeta last");

        // Filters are applied as rows are written: every one of them is overdue (sent in January 2024), none is answered.
        assertEquals(n, given().queryParam("overdue", true).get("/api/campaigns/" + slug + "/requests").then().statusCode(200)
                .extract().jsonPath().getList("id").size());
        given().queryParam("status", "RESPONDED").get("/api/campaigns/" + slug + "/requests").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        given().queryParam("status", "nonsense").get("/api/campaigns/" + slug + "/requests").then().statusCode(400);
    }
}
