package org.roundrobin.http;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.roundrobin.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LawResourceTest {

    @Test
    void answersTheWorkedExample() {
        given().queryParam("law", "FOIA").queryParam("received", "2017-08-10").get("/api/law/due-date").then().statusCode(200)
                .body("law", is("FOIA")).body("received", is("2017-08-10")).body("dueOn", is("2017-09-08"))
                .body("workingDays", is(20)).body("holidaysSkipped", contains("2017-08-28"))
                .body("period.source", notNullValue());
    }

    @Test
    void foisaDoesNotSkipTheEnglishAugustHoliday() {
        // 28 August 2017 is not a Scottish bank holiday (Scotland's was 7 August), so FOISA counts it.
        given().queryParam("law", "FOISA").queryParam("received", "2017-08-10").get("/api/law/due-date").then().statusCode(200)
                .body("dueOn", is("2017-09-07")).body("holidaysSkipped", empty());
    }

    @Test
    void otherStepsAreComputedToo() {
        given().queryParam("law", "FOIA").queryParam("received", "2017-09-08").queryParam("step", "REVIEW_REQUEST")
                .get("/api/law/due-date").then().statusCode(200).body("dueOn", is("2017-11-03"));
        given().queryParam("law", "FOIA").queryParam("received", "2018-09-20").queryParam("step", "appeal")
                .get("/api/law/due-date").then().statusCode(200).body("dueOn", is("2018-10-18")).body("workingDays", nullValue());
    }

    @Test
    void badInputNamesTheField() {
        problem(given().queryParam("law", "GDPR").queryParam("received", "2017-08-10").get("/api/law/due-date").then(), 400)
                .body("errors[0].field", is("law"));
        problem(given().queryParam("law", "FOIA").queryParam("received", "10/08/2017").get("/api/law/due-date").then(), 400)
                .body("errors[0].field", is("received"));
        problem(given().queryParam("law", "FOISA").queryParam("received", "2017-08-10").queryParam("step", "PUBLIC_INTEREST_EXTENSION")
                .get("/api/law/due-date").then(), 400).body("errors[0].field", is("step"));
    }

    @Test
    void listsAndLooksUpExemptions() {
        given().queryParam("law", "FOIA").get("/api/law/exemptions").then().statusCode(200)
                .body("section", hasItems("21", "31", "40", "12", "14"))
                .body("find { it.section == '31' }.ncnd", contains("31(3)"));
        given().queryParam("law", "FOIA").get("/api/law/exemptions/s.31(3)").then().statusCode(200)
                .body("cited", is("31(3)")).body("ncnd", is(true)).body("title", is("Law enforcement"));
        given().queryParam("law", "FOISA").get("/api/law/exemptions/18").then().statusCode(200).body("ncnd", is(true));
        problem(given().queryParam("law", "FOIA").get("/api/law/exemptions/17").then(), 404);
    }
}
