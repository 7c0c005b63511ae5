package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.demo.DemoCampaign;
import org.roundrobin.demo.DemoCasework;
import org.roundrobin.mail.ChaserPolicy;
import org.roundrobin.mail.Digest;
import org.roundrobin.mail.Sender;
import org.roundrobin.support.Cases;
import org.roundrobin.support.Outboxes;
import org.roundrobin.support.TestClock;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.support.FreshDatabase;
import org.roundrobin.support.Api;
import org.roundrobin.support.Accounts;
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

    @Inject
    Sender sender;
    @Inject
    ChaserPolicy chasers;
    @Inject
    Digest digest;
    @Inject
    DemoCampaign demo;
    @Inject
    DemoCasework demoCasework;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void exportRestoreIntoAFreshDatabaseExportAgainIsIdentical() {
        FreshDatabase.recreate();
        String campaign = richData();
        String editor = Accounts.member(campaign, "EDITOR");
        String before = given().get("/api/export").then().statusCode(200)
                .body("sections.users.username", hasItems("admin", editor))
                .body("sections.users.find { it.username == '" + editor + "' }.email", is(editor + "@example.org"))
                .body("sections.members.findAll { it.campaign == '" + campaign + "' }.role", hasItems("OWNER", "EDITOR"))
                .body("sections.cases.reference", hasItems("FS50739797"))
                .body("sections.cases.leadReference", hasItems("FS50739797"))
                .body("sections.cases.decision.complianceDue", hasItem("2018-08-01"))
                .body("sections.letters.status", hasItems("SENT", "FAILED", "HELD", "QUEUED"))
                .body("sections.letters.eventSeq", hasItem(1))
                .body("sections.mailSettings.chasers", hasItems("AUTO", "APPROVE"))
                .body("sections.digests", not(empty()))
                .extract().asString();
        // Accounts are exported without anything secret: no password hash, no token.
        assertFalse(before.contains("passwordHash") || before.contains("$2a$") || before.contains("tokenHash"), "no secrets in the export");
        JsonPath doc = JsonPath.from(before);
        String campaignBefore = given().get("/api/campaigns/" + campaign + "/export.json").then().statusCode(200).extract().asString();
        String summaryBefore = given().get("/api/campaigns/" + campaign + "/summary").then().statusCode(200).extract().asString();

        FreshDatabase.recreate();
        shippedDirectoryOnly();
        given().get("/api/export").then().statusCode(200).body("sections.requests", empty()).body("sections.authorities", hasSize(1));
        json().body(before).post("/api/import").then().log().ifValidationFails().statusCode(200)
                .body("sections.authorities.added", is(8)).body("sections.campaigns.added", is(4))
                .body("sections.requests.added", is(8)).body("sections.correspondence.added", is(2))
                .body("sections.cases.added", is(4))
                .body("sections.letters.added", is(doc.getList("sections.letters").size()))
                .body("sections.mailSettings.added", is(2))
                .body("sections.digests.added", is(doc.getList("sections.digests").size()))
                .body("sections.users.added", is(1)).body("sections.members.added", is(doc.getList("sections.members").size()));
        // A restored account has no password until an administrator sets one: it cannot sign in.
        Api.anonymous().auth().preemptive().basic(editor, Accounts.PASSWORD).get("/api/me").then().statusCode(401);
        given().get("/api/users").then().statusCode(200).body("find { it.username == '" + editor + "' }.credentialsSet", is(false))
                .body("find { it.username == 'admin' }.credentialsSet", is(true));

        String after = given().get("/api/export").then().statusCode(200).extract().asString();
        assertNotEquals(before.length(), 0);
        assertEquals(withoutExportedAt(before), withoutExportedAt(after));
        assertEquals(withoutExportedAt(campaignBefore),
                withoutExportedAt(given().get("/api/campaigns/" + campaign + "/export.json").then().extract().asString()));
        // Derived state (status, outcome, deadlines) is rebuilt by replaying the restored timelines.
        assertEquals(summaryBefore, given().get("/api/campaigns/" + campaign + "/summary").then().extract().asString());

        // Now the database is not empty: a second restore is refused and changes nothing.
        json().body(before).post("/api/import").then().statusCode(409).contentType("application/problem+json")
                .body("holding", hasItems("authorities", "campaigns", "requests", "correspondence", "cases", "letters", "mailSettings", "digests",
                        "users", "members"));
        assertEquals(withoutExportedAt(after), withoutExportedAt(given().get("/api/export").then().extract().asString()));
    }

    /** The demo (the 48 police forces, Cambridgeshire's real timeline, the lead group of six under FS50739797) as a real database. */
    @Test
    void theDemoCampaignAndItsCaseworkRoundTripByteForByte() throws Exception {
        FreshDatabase.recreate();
        byte[] police;
        try (var in = getClass().getClassLoader().getResourceAsStream("org/roundrobin/authority/uk-police-forces.csv")) {
            police = in.readAllBytes();
        }
        given().contentType("text/csv").body(police).post("/api/authorities/import").then().statusCode(200);
        demo.load();
        demoCasework.load();
        String before = given().get("/api/export").then().statusCode(200).body("sections.cases", hasSize(6)).extract().asString();

        FreshDatabase.recreate();
        json().body(before).post("/api/import").then().statusCode(200).body("sections.requests.added", is(48))
                .body("sections.cases.added", is(6));
        assertEquals(withoutExportedAt(before), withoutExportedAt(given().get("/api/export").then().statusCode(200).extract().asString()));
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
    private String richData() {
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

        // Casework: FS50739797 links to the complaint and decision already on r0's timeline and leads a group; one case
        // follows it directly, one through the other; one decision sets a compliance date of its own; a Scottish case.
        String follower = Cases.icoRef(), second = Cases.icoRef();
        openCase("FS50739797", r0, null, "2017-11-01", Map.of()).statusCode(201);
        openCase(follower, r1, "fs50739797", "2017-10-15", Map.of("acceptedOn", "2017-10-20",
                "grounds", "Section 40(2) was applied \"by rote\";\nno balancing test.", "sectionsContested", List.of("s.40(2)", "12"))).statusCode(201);
        openCase(second, ids.get(2), follower, "2017-10-20", Map.of("grounds", "No response at all")).statusCode(201);
        json().body(Map.of("decidedOn", "2018-06-01", "outcome", "PARTLY_UPHELD", "stepsOrdered", "Disclose the list; =HYPERLINK()",
                "complianceDue", "2018-08-01")).post("/api/cases/" + follower + "/decision").then().statusCode(200);
        openCase(Cases.sicRef(), requestId(other, scots + "-0"), null, "2018-03-01", Map.of("sectionsContested", List.of("18(1)"))).statusCode(201);

        // Mail: letters sent, refused (FAILED) and held for approval; the other campaign's chaser QUEUED; a digest sent.
        json().body(Map.of("chasers", "AUTO", "digest", false)).put("/api/campaigns/" + other + "/mail-settings").then().statusCode(200);
        Outboxes.Letters mail = Outboxes.inEveryState(sender, chasers, java.time.LocalDate.of(2025, 6, 2));
        digest.sendAll(mail.lateDay());
        TestClock.reset();
        return campaign;
    }

    private static io.restassured.response.ValidatableResponse openCase(String reference, long requestId, String lead, String submittedOn,
                                                                         Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>(more);
        body.put("reference", reference);
        body.put("requestId", requestId);
        body.put("leadReference", lead);
        body.put("submittedOn", submittedOn);
        return json().body(body).post("/api/cases").then();
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
