package org.roundrobin.http;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void publishesAnOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/authorities"))
                .body("paths", hasKey("/api/law/due-date"));
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().get("/api/nothing-here").then().statusCode(404);
    }
}
