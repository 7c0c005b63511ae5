package org.roundrobin.mail;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Documents.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Documents;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.FreshDatabase;
import org.roundrobin.support.FreshDatabaseProfile;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.Outboxes;
import org.roundrobin.support.TestClock;

/**
 * Restoring the outbox into an empty database: a letter never goes twice because of a restore (one in flight comes
 * back UNCERTAIN, a merge never turns a letter back), and a letter whose request or event is not there is refused,
 * leaving the database empty.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
@QuarkusTestResource(GreenMailResource.class)
class LetterRestoreTest {

    @Inject
    Sender sender;
    @Inject
    ChaserPolicy chasers;

    private static ObjectNode document;
    private static Outboxes.Letters letters;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** Sent, failed and held letters, made once; then each test starts from an empty database. */
    private ObjectNode document() {
        if (document == null) {
            FreshDatabase.recreate();
            letters = Outboxes.inEveryState(sender, chasers, LocalDate.of(2025, 6, 2));
            TestClock.reset();
            document = Documents.everything();
        }
        FreshDatabase.recreate();
        return document.deepCopy();
    }

    private static Predicate<JsonNode> letter(String authority, String kind) {
        return n -> authority.equals(n.path("authority").asText()) && kind.equals(n.path("kind").asText());
    }

    @Test
    void aLetterInFlightWhenExportedComesBackUncertainAndIsNeverSentAgain() {
        ObjectNode doc = document();
        String to = letters.tag() + "-0";
        item(doc, "letters", letter(to, "CHASER_1")).put("status", "SENDING").put("attempts", 1).put("claimedAt", "2025-07-01T08:00:00Z");
        json().body(doc.toString()).post("/api/import").then().statusCode(200)
                .body("sections.letters.added", is(section(doc, "letters").size()));
        int received = MailFixtures.receivedAt(MailFixtures.domain(letters.tag())).size();

        Map<String, Object> chaser = letters(to, "chaser-1");
        assertEquals("UNCERTAIN", chaser.get("status"));
        assertEquals(1, chaser.get("attempts"));
        assertEquals(LetterSection.RESTORED_IN_FLIGHT, chaser.get("lastError"));
        Sender.Report run = sender.sendDue();
        assertEquals(0, run.sent());
        assertEquals(received, MailFixtures.receivedAt(MailFixtures.domain(letters.tag())).size(), "nothing went out");
        assertEquals("UNCERTAIN", letters(to, "chaser-1").get("status"));
    }

    @Test
    void theOutboxComesBackAsItWasAndAMergeNeverTurnsALetterBack() {
        ObjectNode doc = document();
        json().body(doc.toString()).post("/api/import").then().statusCode(200)
                .body("sections.letters.added", is(5)).body("sections.mailSettings.added", is(1));
        assertEquals("SENT", letters(letters.tag() + "-0", "request").get("status"));
        assertEquals("FAILED", letters(letters.tag() + "-1", "request").get("status"));
        assertEquals("HELD", letters(letters.tag() + "-2", "chaser-1").get("status"));
        // The SENT letter names its restored timeline event.
        long requestId = Fixtures.requestId(letters.campaign(), letters.tag() + "-0");
        Object sentEvent = org.roundrobin.support.Api.given().get("/api/requests/" + requestId).then().extract().path("events[0].id");
        assertEquals(((Number) sentEvent).longValue(), ((Number) letters(letters.tag() + "-0", "request").get("eventId")).longValue());

        // A person cancels the held chaser here; merging the older document again leaves it cancelled.
        long held = ((Number) letters(letters.tag() + "-2", "chaser-1").get("id")).longValue();
        json().post("/api/letters/" + held + "/cancel").then().statusCode(200);
        json().body(doc.toString()).queryParam("merge", true).post("/api/import").then().statusCode(200)
                .body("sections.letters.unchanged", is(5)).body("sections.letters.added", is(0));
        assertEquals("CANCELLED", letters(letters.tag() + "-2", "chaser-1").get("status"));
    }

    @Test
    void aLetterForARequestNotInTheDocumentIsRefusedAndNothingIsWritten() {
        ObjectNode doc = document();
        remove(doc, "requests", has("authority", letters.tag() + "-1"));
        int failed = indexOf(doc, "letters", letter(letters.tag() + "-1", "REQUEST"));
        problem(json().body(doc.toString()).post("/api/import").then(), 400)
                .body("errors.field", contains("sections.letters[" + failed + "].campaign"))
                .body("errors[0].message", containsString("no request of " + letters.campaign() + "/" + letters.tag() + "-1"));
        assertNothingStored();
    }

    @Test
    void aLetterNamingAnEventOfAnotherKindOrATwiceUsedMessageIdIsRefusedAndNothingIsWritten() {
        ObjectNode doc = document();
        ObjectNode chaser = item(doc, "letters", letter(letters.tag() + "-0", "CHASER_1"));
        chaser.put("eventSeq", 1);
        item(doc, "letters", letter(letters.tag() + "-2", "CHASER_1")).put("messageId", chaser.get("messageId").asText());
        problem(json().body(doc.toString()).post("/api/import").then(), 400)
                .body("errors.message", hasItem(containsString("event 1 is SENT, not the CHASER_SENT this letter's delivery records")))
                .body("errors.message", hasItem(containsString("appears twice in the document")));
        assertNothingStored();
    }

    private static Map<String, Object> letters(String authority, String kind) {
        long id = Fixtures.requestId(letters.campaign(), authority);
        List<Map<String, Object>> all = org.roundrobin.support.Api.given().get("/api/requests/" + id + "/letters").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(l -> kind.equals(l.get("kind"))).findFirst().orElseThrow();
    }
}
