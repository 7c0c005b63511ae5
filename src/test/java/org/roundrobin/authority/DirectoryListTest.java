package org.roundrobin.authority;

import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Fixtures;

/** GET /api/authorities is written batch by batch ({@link org.roundrobin.web.JsonArrays#BATCH}): every match once, by name then id. */
@QuarkusTest
class DirectoryListTest {

    @Test
    void aListLongerThanABatchHasEveryAuthorityOnceEvenWithOneNameForAll() {
        int n = 2 * org.roundrobin.web.JsonArrays.BATCH + 1;
        String tag = "t" + Fixtures.suffix();
        StringBuilder csv = new StringBuilder("slug,name,jurisdiction,tags\n");
        // One name for all: the batches must follow on by id where names tie
        for (int i = 0; i < n; i++) csv.append(tag).append("-").append(i).append(",The Same Council,England & Wales,").append(tag).append("\n");
        given().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8)).post("/api/authorities/import")
                .then().statusCode(200);
        List<String> slugs = given().queryParam("tag", tag).get("/api/authorities").then().statusCode(200)
                .extract().jsonPath().getList("slug");
        assertEquals(n, slugs.size());
        assertEquals(n, slugs.stream().distinct().count(), "each authority once");
        List<String> tags = given().queryParam("tag", tag).get("/api/authorities").then().extract().jsonPath().getList("[0].tags");
        assertEquals(List.of(tag), tags);
    }
}
