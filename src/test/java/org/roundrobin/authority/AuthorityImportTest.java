package org.roundrobin.authority;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorityImportTest {

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static io.restassured.response.ValidatableResponse post(byte[] csv) {
        return given().contentType("text/csv").body(csv).post("/api/authorities/import").then();
    }

    static int count() {
        return given().get("/api/authorities").then().extract().jsonPath().getList("$").size();
    }

    @Test
    void importsOurLayoutWithBomCrlfQuotedNewlineAndWelshNamesThenReimportChangesNothing() {
        String s = suffix();
        String csv = "\uFEFFslug,name,short_name,jurisdiction,law,regulator,website,tags,foi_email,whatdotheyknow,notes\r\n"
                + "heddlu-" + s + ",Heddlu Dyfed-Powys " + s + ",Dyfed-Powys,England & Wales,FOIA,ICO,https://www.dyfed-powys.police.uk,police;welsh,foi@dyfed-powys.police.uk,dyfed-powys_police,\"Ask in Welsh or English.\r\nReplies by post.\"\r\n"
                + "council-" + s + ",\"Comhairle nan Eilean Siar, " + s + "\",Western Isles,Scotland,,,,council,foi@cne-siar.gov.uk,,\r\n"
                + "pcc-" + s + ",Police and Crime Commissioner for Gwent " + s + ",,England & Wales,FOIA,ICO,,pcc,,,\r\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        post(bytes).statusCode(200).body("layout", is("ROUND_ROBIN")).body("rows", is(3)).body("created", is(3));
        given().get("/api/authorities/heddlu-" + s).then().statusCode(200)
                .body("name", is("Heddlu Dyfed-Powys " + s))
                .body("notes", is("Ask in Welsh or English.\r\nReplies by post."))
                .body("tags", contains("police", "welsh"));
        given().get("/api/authorities/council-" + s).then().statusCode(200)
                .body("name", is("Comhairle nan Eilean Siar, " + s)).body("law", is("FOISA"))
                .body("regulator", is("SCOTTISH_INFORMATION_COMMISSIONER"));
        int version = given().get("/api/authorities/heddlu-" + s).then().extract().path("version");
        post(bytes).statusCode(200).body("created", is(0)).body("updated", is(0)).body("unchanged", is(3));
        given().get("/api/authorities/heddlu-" + s).then().body("version", is(version));
    }

    @Test
    void importsWhatDoTheyKnowLayoutAndMatchesOnUrlName() {
        String s = suffix();
        String csv = "Name,Short name,URL name,Tags,Home page,Publication scheme,Disclosure log,Notes,Created at,Updated at,Version\n"
                + "Test Parish Council " + s + ",,test_parish_" + s + ",council parish,https://parish.example.org,,,,2010-01-01,2020-01-01,3\n"
                + "Kent Police,Kent,kent_police,police foi_police,https://www.kent.police.uk,,,,2008-01-01,2021-01-01,9\n";
        given().contentType("text/csv").queryParam("jurisdiction", "ENGLAND_WALES").body(csv).post("/api/authorities/import")
                .then().statusCode(200)
                .body("layout", is("WHATDOTHEYKNOW")).body("created", is(1))
                .body("ignoredColumns", hasItems("Publication scheme", "Created at"));
        // Kent matched by its URL name: slug, jurisdiction and the FOI address we hold are kept; tags are added.
        given().get("/api/authorities/kent").then().statusCode(200)
                .body("foiEmail", notNullValue()).body("jurisdiction", is("ENGLAND_WALES"))
                .body("tags", hasItems("police", "territorial", "foi_police"));
        given().queryParam("q", "test parish council " + s).get("/api/authorities").then()
                .body("[0].whatDoTheyKnow", is("test_parish_" + s)).body("[0].jurisdiction", is("ENGLAND_WALES"));
    }

    @Test
    void whatDoTheyKnowRowWithoutJurisdictionNeedsADefault() {
        String s = suffix();
        String csv = "Name,Short name,URL name,Tags,Home page\nSomewhere Board " + s + ",,somewhere_" + s + ",board,\n";
        problem(post(csv.getBytes(StandardCharsets.UTF_8)), 400).body("errors[0].field", is("jurisdiction"))
                .body("errors[0].row", is(2));
        given().contentType("text/csv").queryParam("jurisdiction", "SCOTLAND").body(csv).post("/api/authorities/import")
                .then().statusCode(200).body("created", is(1));
    }

    @Test
    void aBadFileIsRefusedWithRowNumbersAndChangesNothing() {
        String s = suffix();
        int before = count();
        String csv = "slug,name,jurisdiction,foi_email\n"
                + "good-" + s + ",A Good Body,Scotland,foi@good.example\n"
                + "nameless-" + s + ",,Scotland,\n"
                + "bad-mail-" + s + ",Bad Mail,England & Wales,not-an-address\n"
                + "atlantis-" + s + ",Atlantis,Atlantis,\n"
                + "good-" + s + ",Duplicate Slug,Scotland,\n";
        problem(post(csv.getBytes(StandardCharsets.UTF_8)), 400)
                .body("errors.row", hasItems(3, 4, 5, 6))
                .body("errors.field", hasItems("name", "foiEmail", "jurisdiction", "slug"))
                .body("detail", containsString("row 3"));
        assertEquals(before, count());
        given().get("/api/authorities/good-" + s).then().statusCode(404);
    }

    @Test
    void unknownColumnInOurLayoutIsRefused() {
        problem(post("slug,name,jurisdiction,emial\nx,X,Scotland,a@b.org\n".getBytes(StandardCharsets.UTF_8)), 400)
                .body("errors[0].field", is("header")).body("detail", containsString("emial"));
    }

    @Test
    void aTenMegabyteBodyIsRefusedAsTooLarge() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        byte[] header = "name,jurisdiction\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, big, 0, header.length);
        int before = count();
        problem(post(big), 413).body("detail", containsString("roundrobin.import.max-bytes"));
        assertEquals(before, count());
    }

    @Test
    void latin1FileGetsAClearMessage() {
        byte[] latin1 = "name,jurisdiction\nCaf\u00e9 Council,Scotland\n".getBytes(StandardCharsets.ISO_8859_1);
        problem(post(latin1), 400).body("detail", containsString("UTF-8"));
    }

    @Test
    void emptyFileIsRefused() {
        problem(post("name,jurisdiction\n".getBytes(StandardCharsets.UTF_8)), 400);
        problem(given().contentType("text/csv").body(new byte[0]).post("/api/authorities/import").then(), 400);
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        given().contentType("application/xml").body("<x/>").post("/api/authorities/import").then().statusCode(415);
    }
}
