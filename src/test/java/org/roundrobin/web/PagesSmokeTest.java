package org.roundrobin.web;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Fixtures;

@QuarkusTest
class PagesSmokeTest {

    @Test
    void everyPageRendersAndTheAssetsAreServedFromTheJar() {
        String tag = Fixtures.authorities(3, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 2, "2024-01-10");
        long id = Fixtures.requestId(slug, tag + "-0");
        Fixtures.event(id, Fixtures.responded("2024-01-20", java.util.List.of(Fixtures.outcome(1, "NCND", "31(3)"), Fixtures.outcome(2, "NOT_HELD")))).statusCode(201);
        for (String path : new String[]{"/", "/campaigns/new", "/campaigns/" + slug, "/campaigns/" + slug + "/report",
                "/campaigns/" + slug + "/responses", "/requests/" + id, "/authorities", "/authorities/" + tag + "-0",
                "/authorities/import", "/jobs", "/campaigns/" + slug + "/launch"}) {
            given().get(path).then().statusCode(200).contentType(containsString("text/html"));
        }
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200).body(containsString("htmx"));
        given().get("/css/app.css").then().statusCode(200).body(containsString(":focus-visible"));
        given().get("/no-such-page").then().statusCode(404).contentType(containsString("text/html"));
    }
}
