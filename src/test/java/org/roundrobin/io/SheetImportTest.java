package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Fixtures.suffix;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign already under way, from a spreadsheet, against the shipped directory of police forces. */
@QuarkusTest
class SheetImportTest {

    /**
     * A directory of its own, each name led by a fresh token: the shared test database may hold other bodies whose
     * names fold to the same words (another test's "Heddlu Dyfed-Powys"), which would rightly be ambiguous.
     */
    static String directory() {
        String t = "z" + suffix();
        String csv = "slug,name,short_name,jurisdiction,whatdotheyknow\n"
                + t + "-dp," + t + " Dyfed-Powys Police," + t + " Dyfed-Powys,England & Wales,\n"
                + t + "-nw," + t + " North Wales Police,,England & Wales,\n"
                + t + "-sw," + t + " South Wales Police,,England & Wales,\n"
                + t + "-gw," + t + " Gwent Police,,England & Wales,\n"
                + t + "-cb," + t + " Cambridgeshire Constabulary,,England & Wales,\n"
                + t + "-dc," + t + " Devon & Cornwall Police,,England & Wales,\n"
                + t + "-as," + t + " Avon and Somerset Constabulary,,England & Wales,avon_and_somerset_" + t + "\n"
                + t + "-ni," + t + " Police Service of Northern Ireland," + t + " PSNI,Northern Ireland,\n"
                + t + "-ps," + t + " Police Service of Scotland," + t + " Police Scotland,Scotland,\n"
                + t + "-hw," + t + " Hampshire and Isle of Wight Constabulary,,England & Wales,\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/authorities/import").then().statusCode(200);
        return t;
    }

    /** The campaigner's spreadsheet, as Excel saves "CSV UTF-8": names as people write them. */
    static String sheet(String t) {
        return "\uFEFFAuthority,Date sent,Date responded,Q1 Capability,Q2 Software,Sections cited,Notes\r\n"
                + t + " Heddlu Dyfed-Powys,10/08/2017,08/09/2017,NCND,Not held,s.31(3),\"Replied by post, \"\"late\"\"\nsecond line\"\r\n"
                + t + " Heddlu Gogledd Cymru,10/08/2017,,,,,\r\n"
                + t.toUpperCase() + " HEDDLU DE CYMRU,2017-08-10,2017-09-01,answered,ANSWERED,,\r\n"
                + t + " Heddlu Gwent,10 August 2017,15/09/2017,Exempt 40(2),cost limit s.12,,\r\n"
                + t + " cambridgeshire police,10/08/2017,8 September 2017,NCND 31(3),NOT_HELD,,\r\n"
                + t + " Devon and Cornwall Constabulary,10/08/2017,,,,,\r\n"
                + "https://www.whatdotheyknow.com/body/avon_and_somerset_" + t + ",10/08/2017,,,,,\r\n"
                + t + " P.S.N.I.,10/08/2017,,,,,\r\n"
                + t + " Police Scotland,10/08/2017,2017-09-07,not held,not held,,\r\n";
    }

    static RequestSpecification sheet(String csv, String slug) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("slug", slug)
                .queryParam("title", "IoT round robin (imported)").queryParam("requesterName", "A Campaigner")
                .queryParam("requesterEmail", "campaigner@example.org");
    }

    @Test
    void aSpreadsheetCreatesTheCampaignAndEveryTimelineAfterADryRun() {
        String t = directory();
        String slug = "sheet-" + suffix();
        String csv = sheet(t);
        sheet(csv, slug).queryParam("dryRun", true).post("/api/campaigns/import").then().statusCode(200)
                .body("dryRun", is(true)).body("rows", is(9))
                .body("questions.label", contains("Capability", "Software"))
                .body("requests.authority.slug", contains(t + "-dp", t + "-nw", t + "-sw", t + "-gw", t + "-cb", t + "-dc", t + "-as",
                        t + "-ni", t + "-ps"))
                .body("requests[0].answers.Q1", is("NCND 31(3)")).body("requests[0].answers.Q2", is("NOT_HELD"))
                .body("requests[0].status", is("RESPONDED")).body("requests[0].outcome", is("NCND"))
                .body("requests[3].answers.Q2", is("COST_LIMIT 12"))
                .body("requests[1].status", is("VERY_OVERDUE"));
        given().get("/api/campaigns/" + slug).then().statusCode(404); // a dry run keeps nothing

        sheet(csv, slug).post("/api/campaigns/import").then().statusCode(201)
                .header("Location", endsWith("/api/campaigns/" + slug)).body("dryRun", is(false));
        given().get("/api/campaigns/" + slug).then().statusCode(200).body("state", is("LAUNCHED")).body("sentOn", is("2017-08-10"))
                .body("targetCount", is(9)).body("questions.label", contains("Capability", "Software"));
        given().get("/api/campaigns/" + slug + "/summary").then()
                .body("byStatus.RESPONDED", is(5)).body("byStatus.VERY_OVERDUE", is(4))
                .body("bySection.'31(3)'", is(2)).body("bySection.'40(2)'", is(1)).body("respondedOnTime", is(4));
        int id = given().get("/api/campaigns/" + slug + "/requests").then().extract().path("find { it.authority.slug == '" + t + "-dp' }.id");
        given().get("/api/requests/" + id).then().body("events.type", contains("SENT", "RESPONDED"))
                .body("events[1].note", is("Replied by post, \"late\"\nsecond line"))
                .body("answers.outcome", contains("NCND", "NOT_HELD")).body("answers[0].sections", contains("31(3)"));
    }

    @Test
    void everyUnmatchedOrAmbiguousRowIsReportedAndNothingIsImported() {
        String s = suffix();
        for (String twin : new String[] {"a", "b"}) {
            json().body(Map.of("slug", "twin-" + twin + "-" + s, "name", "Twin " + twin.toUpperCase() + " " + s, "shortName", "Twin " + s,
                    "jurisdiction", "ENGLAND_WALES")).post("/api/authorities").then().statusCode(201);
        }
        String t = directory();
        String slug = "sheet-" + suffix();
        String csv = "authority,sent,Q1\n"
                + t + " Heddlu Dyfed-Powys,2017-08-10,\n"
                + t + " Heddlu Nowhere,2017-08-10,\n"
                + t + " Hampshire Police,2017-08-10,\n"
                + "twin " + s + ",2017-08-10,\n"
                + t + " Dyfed Powys,2017-08-10,\n";
        problem(sheet(csv, slug).post("/api/campaigns/import").then(), 400)
                .body("errors.row", contains(3, 4, 5, 6))
                .body("errors[0].message", containsString("matches no authority"))
                .body("errors[1].message", containsString("Hampshire and Isle of Wight Constabulary (" + t + "-hw)"))
                .body("errors[2].message", containsString("ambiguous"))
                .body("errors[3].message", containsString("also on row 2"))
                .body("unresolved.row", contains(3, 4, 5))
                .body("unresolved[1].candidates.slug", contains(t + "-hw"))
                .body("unresolved[2].candidates.slug", contains("twin-a-" + s, "twin-b-" + s));
        given().get("/api/campaigns/" + slug).then().statusCode(404);
    }

    @Test
    void badCellsAndDatesAreReportedWithTheirRow() {
        String slug = "sheet-" + suffix();
        String csv = "Authority,Sent,Responded,Q1,Q2\n"
                + "Kent,2017-13-45,,,\n"
                + "Surrey,2017-08-10,2017-08-01,answered,answered\n"
                + "Sussex,2017-08-10,,NCND,\n"
                + "Essex,2017-08-10,2017-09-01,NCND,maybe\n"
                + "Dorset,2017-08-10,2017-09-01,NCND 43(2),EXEMPT\n"
                + "Norfolk,2017-08-10,2099-01-01,answered,answered\n";
        problem(sheet(csv, slug).post("/api/campaigns/import").then(), 400)
                .body("errors.row", hasItems(2, 3, 4, 5, 6, 7))
                .body("errors.find { it.row == 2 }.field", is("sent"))
                .body("errors.find { it.row == 3 }.message", containsString("before the request was sent"))
                .body("errors.find { it.row == 4 }.message", containsString("no date responded"))
                .body("errors.findAll { it.row == 5 }.field", hasItems("Q1", "Q2"))
                .body("errors.findAll { it.row == 6 }.message", hasItems(containsString("NCND provision"), containsString("must cite")))
                .body("errors.find { it.row == 7 }.message", containsString("future"));
        given().get("/api/campaigns/" + slug).then().statusCode(404);
    }

    @Test
    void anExportedCsvImportsAgainAsANewCampaign() {
        String slug = "sheet-" + suffix();
        sheet(sheet(directory()), slug)
                .post("/api/campaigns/import").then().statusCode(201);
        byte[] csv = given().get("/api/campaigns/" + slug + "/export.csv").then().statusCode(200).extract().asByteArray();
        String copy = "copy-" + suffix();
        given().contentType("text/csv").body(csv).queryParam("slug", copy).queryParam("title", "Copy")
                .queryParam("requesterName", "A").queryParam("requesterEmail", "a@example.org")
                .queryParam("question", "Capability").queryParam("question", "Software")
                .post("/api/campaigns/import").then().statusCode(201)
                .body("ignoredColumns", hasItems("campaign", "status", "due", "outcome"));
        Map<String, Object> original = given().get("/api/campaigns/" + slug + "/summary").then().extract().path("byQuestion");
        org.junit.jupiter.api.Assertions.assertEquals(original,
                given().get("/api/campaigns/" + copy + "/summary").then().extract().path("byQuestion"), "the same outcomes per question");
    }

    @Test
    void theCampaignNeedsATitleARequesterAndQuestionColumns() {
        problem(given().contentType("text/csv").body("authority,sent,Q1\nKent,2017-08-10,\n").post("/api/campaigns/import").then(), 400)
                .body("errors.field", hasItems("title", "requesterName", "requesterEmail"));
        problem(sheet("authority,sent,colour\nKent,2017-08-10,blue\n", "x-" + suffix()).post("/api/campaigns/import").then(), 400)
                .body("errors.field", hasItems("colour", "header"));
    }
}
