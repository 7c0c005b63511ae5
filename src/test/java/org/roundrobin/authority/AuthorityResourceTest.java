package org.roundrobin.authority;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorityResourceTest {

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static int count() {
        return given().get("/api/authorities").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void listsEveryShippedPoliceForceByTag() throws Exception {
        List<CSVRecord> shipped = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(DirectorySeed.shippedCsv(), StandardCharsets.UTF_8))).getRecords();
        assertEquals(48, shipped.size());
        List<String> slugs = given().queryParam("tag", "police").get("/api/authorities")
                .then().statusCode(200).extract().jsonPath().getList("slug");
        for (CSVRecord r : shipped) {
            org.junit.jupiter.api.Assertions.assertTrue(slugs.contains(r.get("slug")), r.get("slug") + " listed");
        }
        given().queryParam("tag", "police").get("/api/authorities/cambridgeshire").then().statusCode(200)
                .body("name", is("Cambridgeshire Constabulary"))
                .body("law", is("FOIA")).body("regulator", is("ICO"))
                .body("emailConfirmed", is(false))
                .body("whatDoTheyKnowUrl", is("https://www.whatdotheyknow.com/body/cambridgeshire_police"))
                .body("tags", hasItems("police", "territorial"));
    }

    @Test
    void filtersByJurisdictionWithScottishForceUnderFoisa() {
        given().queryParam("tag", "police").queryParam("jurisdiction", "SCOTLAND").get("/api/authorities").then().statusCode(200)
                .body("slug", contains("police-scotland"))
                .body("[0].law", is("FOISA"))
                .body("[0].regulator", is("SCOTTISH_INFORMATION_COMMISSIONER"));
        given().queryParam("tag", "national").get("/api/authorities").then()
                .body("slug", containsInAnyOrder("btp", "cnc", "mdp"));
        problem(given().queryParam("jurisdiction", "Atlantis").get("/api/authorities").then(), 400)
                .body("errors[0].field", is("jurisdiction"));
    }

    @Test
    void gloucestershireHasNoAddress() {
        given().get("/api/authorities/gloucestershire").then().statusCode(200).body("foiEmail", nullValue());
    }

    @Test
    void unknownSlugIsA404Problem() {
        problem(given().get("/api/authorities/no-such-body").then(), 404).body("detail", containsString("no-such-body"));
    }

    @Test
    void createsAuthorityWithWelshNameAndSlugFromIt() {
        String name = "Heddlu Dyfed-Powys " + UUID.randomUUID().toString().substring(0, 6);
        String slug = json().body(Map.of("name", name, "jurisdiction", "England & Wales", "foiEmail", "foi@example.org",
                        "tags", List.of("Police", "welsh")))
                .post("/api/authorities").then().statusCode(201)
                .header("Location", containsString("/api/authorities/heddlu-dyfed-powys-"))
                .body("name", is(name)).body("law", is("FOIA")).body("regulator", is("ICO"))
                .body("tags", contains("police", "welsh"))
                .extract().path("slug");
        given().get("/api/authorities/" + slug).then().statusCode(200).body("name", is(name));
    }

    @Test
    void missingNameIsRefusedAndNothingIsStored() {
        int before = count();
        problem(json().body(Map.of("jurisdiction", "SCOTLAND")).post("/api/authorities").then(), 400)
                .body("errors.field", hasItem("name"))
                .body("detail", containsString("name"));
        assertEquals(before, count());
    }

    @Test
    void duplicateSlugIsAConflict() {
        int before = count();
        problem(json().body(Map.of("name", "Another Kent", "slug", "kent", "jurisdiction", "ENGLAND_WALES"))
                .post("/api/authorities").then(), 409).body("detail", containsString("Kent Police"));
        assertEquals(before, count());
        given().get("/api/authorities/kent").then().body("name", is("Kent Police"));
    }

    @Test
    void unknownJurisdictionIsRefused() {
        int before = count();
        problem(json().body(Map.of("name", "Atlantis Police", "jurisdiction", "Atlantis")).post("/api/authorities").then(), 400)
                .body("errors[0].field", is("jurisdiction"))
                .body("errors[0].message", containsString("Atlantis"));
        assertEquals(before, count());
    }

    @Test
    void malformedEmailIsRefused() {
        problem(json().body(Map.of("name", "Mail Test", "jurisdiction", "SCOTLAND", "foiEmail", "foi@@nowhere"))
                .post("/api/authorities").then(), 400)
                .body("errors[0].field", is("foiEmail"));
    }

    @Test
    void lawMustMatchJurisdiction() {
        problem(json().body(Map.of("name", "Mixed Up", "jurisdiction", "SCOTLAND", "law", "FOIA"))
                .post("/api/authorities").then(), 400)
                .body("errors[0].field", is("law"));
    }

    @Test
    void unknownJsonFieldIsRefusedNotDropped() {
        problem(json().body(Map.of("name", "Typo Police", "jurisdiction", "SCOTLAND", "emial", "x@y.org"))
                .post("/api/authorities").then(), 400)
                .body("errors[0].field", is("emial"));
    }

    @Test
    void updateChecksVersionAndKeepsConfirmation() {
        String slug = unique("update-me");
        json().body(Map.of("slug", slug, "name", "Update Me", "jurisdiction", "NORTHERN_IRELAND", "foiEmail", "a@example.org",
                "emailConfirmed", true)).post("/api/authorities").then().statusCode(201);
        int version = given().get("/api/authorities/" + slug).then().extract().path("version");
        json().body(Map.of("name", "Updated", "jurisdiction", "NORTHERN_IRELAND", "foiEmail", "a@example.org", "version", version))
                .put("/api/authorities/" + slug).then().statusCode(200)
                .body("name", is("Updated")).body("emailConfirmed", is(true));
        problem(json().body(Map.of("name", "Stale", "jurisdiction", "NORTHERN_IRELAND", "version", version))
                .put("/api/authorities/" + slug).then(), 409);
        given().get("/api/authorities/" + slug).then().body("name", is("Updated"));
        json().body(Map.of("name", "Updated", "jurisdiction", "NORTHERN_IRELAND", "foiEmail", "b@example.org"))
                .put("/api/authorities/" + slug).then().statusCode(200).body("emailConfirmed", is(false));
    }

    @Test
    void deletesAnUnusedAuthority() {
        String slug = unique("delete-me");
        json().body(Map.of("slug", slug, "name", "Delete Me", "jurisdiction", "UK-wide")).post("/api/authorities").then().statusCode(201);
        given().delete("/api/authorities/" + slug).then().statusCode(204);
        given().get("/api/authorities/" + slug).then().statusCode(404);
    }

    @Test
    void anAuthorityWithRequestsCannotBeDeleted() {
        String slug = unique("busy");
        json().body(Map.of("slug", slug, "name", "Busy Body", "jurisdiction", "SCOTLAND")).post("/api/authorities").then().statusCode(201);
        org.roundrobin.support.Fixtures.launched(Map.of("authorities", List.of(slug)), 1, "2024-05-01");
        problem(given().delete("/api/authorities/" + slug).then(), 409).body("detail", containsString("1 request(s)"));
        given().get("/api/authorities/" + slug).then().statusCode(200);
    }
}
