package org.roundrobin.io;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.support.FreshDatabase;
import org.roundrobin.support.FreshDatabaseProfile;

/**
 * Export everything, restore it into a fresh database, export again: the two documents are identical byte for
 * byte once {@code exportedAt} (the moment of export) is set aside. Nothing else needs normalising: the document
 * carries no database ids (records refer to each other by slug, corrections by seq) and restores keep every
 * recorded timestamp.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class RoundTripTest {

    @Test
    void exportRestoreIntoAFreshDatabaseExportAgainIsIdentical() {
        FreshDatabase.recreate();
        String campaign = richData();
        String before = given().get("/api/export").then().statusCode(200).extract().asString();
        String campaignBefore = given().get("/api/campaigns/" + campaign + "/export.json").then().statusCode(200).extract().asString();
        String summaryBefore = given().get("/api/campaigns/" + campaign + "/summary").then().statusCode(200).extract().asString();

        FreshDatabase.recreate();
        shippedDirectoryOnly();
        given().get("/api/export").then().statusCode(200).body("sections.requests", empty()).body("sections.authorities", hasSize(1));
        json().body(before).post("/api/import").then().statusCode(200)
                .body("sections.authorities.added", is(5)).body("sections.campaigns.added", is(3))
                .body("sections.requests.added", is(5)).body("sections.correspondence.added", is(2));

        String after = given().get("/api/export").then().statusCode(200).extract().asString();
        assertNotEquals(before.length(), 0);
        assertEquals(withoutExportedAt(before), withoutExportedAt(after));
        assertEquals(withoutExportedAt(campaignBefore),
                withoutExportedAt(given().get("/api/campaigns/" + campaign + "/export.json").then().extract().asString()));
        // Derived state (status, outcome, deadlines) is rebuilt by replaying the restored timelines.
        assertEquals(summaryBefore, given().get("/api/campaigns/" + campaign + "/summary").then().extract().asString());

        // Now the database is not empty: a second restore is refused and changes nothing.
        json().body(before).post("/api/import").then().statusCode(409).contentType("application/problem+json")
                .body("holding", hasItems("authorities", "campaigns", "requests", "correspondence"));
        assertEquals(withoutExportedAt(after), withoutExportedAt(given().get("/api/export").then().extract().asString()));
    }

    /** A fresh install: nothing but the shipped directory, unedited (here one body), which counts as empty and is replaced. */
    private static void shippedDirectoryOnly() {
        QuarkusTransaction.requiringNew().run(() -> {
            org.roundrobin.authority.Authority a = new org.roundrobin.authority.Authority();
            a.slug = "shipped-force";
            a.name = "Shipped Force";
            a.jurisdiction = org.roundrobin.law.Jurisdiction.ENGLAND_WALES;
            a.law = a.jurisdiction.law();
            a.regulator = a.law.regulator();
            a.createdAt = Instant.now().minusSeconds(5);
            a.persist();
            org.roundrobin.authority.SeedLog.markApplied("uk-police-forces-v1");
        });
    }

    static String withoutExportedAt(String doc) {
        String normalised = doc.replaceFirst("\"exportedAt\" : \"[^\"]+\"", "\"exportedAt\" : \"-\"");
        assertNotEquals(doc, normalised, "the document names its export time");
        return normalised;
    }

    /** Every kind of record and event, with text that tests the encoding. */
    private static String richData() {
        String tag = authorities(3, "England & Wales");
        String scots = authorities(1, "Scotland");
        String special = "heddlu-" + suffix();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("slug", special);
        a.put("name", "Heddlu \"Dyfed-Powys\", Cymru £ é");
        a.put("shortName", "Dyfed-Powys");
        a.put("jurisdiction", "ENGLAND_WALES");
        a.put("foiEmail", "foi@dyfed-powys.example.org");
        a.put("emailConfirmed", true);
        a.put("website", "https://www.dyfed-powys.police.uk");
        a.put("whatDoTheyKnow", "dyfed-powys_police");
        a.put("tags", List.of("police", "welsh"));
        a.put("notes", "Ask in Welsh or English.\r\nReplies by post; =1+1");
        json().body(a).post("/api/authorities").then().statusCode(201);

        String campaign = launched(Map.of("tag", tag), 3, "2017-08-10");
        List<Long> ids = requestIds(campaign);
        long r0 = ids.get(0), r1 = ids.get(1);
        event(r0, Map.of("type", "ACKNOWLEDGED", "on", "2017-08-11", "authorityReference", "F-2017-123", "note", "Line one\nline \"two\"")).statusCode(201);
        event(r0, Map.of("type", "EXTENDED", "on", "2017-09-05", "extendedTo", "2017-10-06")).statusCode(201);
        event(r0, responded("2017-09-20", List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NCND", "s.31(3)", "24(2)"), outcome(3, "NOT_HELD")))).statusCode(201);
        event(r0, Map.of("type", "REVIEW_REQUESTED", "on", "2017-10-02")).statusCode(201);
        event(r0, Map.of("type", "REVIEW_RESPONDED", "on", "2017-10-20", "reviewResult", "UPHELD")).statusCode(201);
        event(r0, Map.of("type", "COMPLAINT_SUBMITTED", "on", "2017-11-01", "caseReference", "FS50739797")).statusCode(201);
        event(r0, Map.of("type", "DECISION_NOTICE", "on", "2018-09-20", "decision", "UPHELD", "caseReference", "FS50739797")).statusCode(201);
        long respondedId = ((Number) event(r1, responded("2017-09-01", all(3, "ANSWERED"))).statusCode(201).extract()
                .jsonPath().getList("events.id").get(1)).longValue();
        event(r1, Map.of("type", "CORRECTED", "on", "2017-09-10", "corrects", respondedId,
                "outcomes", List.of(outcome(1, "ANSWERED"), outcome(2, "EXEMPT", "40(2)"), outcome(3, "COST_LIMIT", "12")))).statusCode(201);
        event(r1, Map.of("type", "NOTE", "on", "2017-09-11", "note", "@SUM(A1) -- formula-looking note")).statusCode(201);

        // A second, related campaign (a draft) targeting a list; a Scottish authority makes FOISA appear.
        Map<String, Object> draft = campaignBody("related-" + suffix(), Map.of("authorities", List.of(scots + "-0", special)), 2);
        draft.put("relatedTo", campaign);
        draft.put("description", "Follow-up, \"second\" request");
        json().body(draft).post("/api/campaigns").then().statusCode(201);
        String other = launched(Map.of("authorities", List.of(scots + "-0", special)), 1, "2018-01-15");
        event(requestId(other, scots + "-0"), responded("2018-02-01", List.of(outcome(1, "NCND", "18(1)")))).statusCode(201);

        QuarkusTransaction.requiringNew().run(() -> {
            FoiRequest r = FoiRequest.findById(r0);
            Correspondence reply = letter(r, "<reply-" + suffix() + "@force.example>", "Your request F-2017-123");
            Attachment pdf = new Attachment();
            pdf.correspondence = reply;
            pdf.filename = "response letter, \"final\".pdf";
            pdf.mediaType = "application/pdf";
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
            pdf.content = bytes;
            pdf.textContent = "We neither confirm nor deny.";
            pdf.persist();
            letter(null, null, "Unmatched: re your request");
        });
        return campaign;
    }

    private static Correspondence letter(FoiRequest r, String messageId, String subject) {
        Correspondence c = new Correspondence();
        c.request = r;
        c.direction = Correspondence.Direction.IN;
        c.source = Correspondence.Source.EMAIL;
        c.receivedAt = Instant.parse("2017-09-20T10:15:30.123456Z");
        c.fromAddress = "foi@force.example";
        c.toAddress = "campaigner@example.org";
        c.subject = subject;
        c.bodyText = "Dear requester,\n\nPlease find attached.";
        c.messageId = messageId;
        c.recordedBy = "mailbox";
        c.persist();
        return c;
    }
}
