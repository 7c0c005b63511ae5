package org.roundrobin.casework;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;
import static org.roundrobin.support.Documents.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Cases;
import org.roundrobin.support.Documents;
import org.roundrobin.support.FreshDatabase;
import org.roundrobin.support.FreshDatabaseProfile;

/**
 * Restoring regulator cases into an empty database: a lead group comes back whole and linked to its timelines, and a
 * document whose cases do not hold together (a lead missing, a cycle of leads, a case contradicting its timeline) is
 * refused with every fault named, leaving the database empty.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class CaseRestoreTest {

    /** Three requests answered; case A leads B, B leads C; A decided. Made once, then each test starts from an empty database. */
    private static ObjectNode document;
    private static String a, b, c;

    private static ObjectNode document() {
        if (document == null) {
            FreshDatabase.recreate();
            Cases.Responded r = Cases.responded(3, "England & Wales", 1, "2017-08-10", "2017-09-01");
            a = Cases.icoRef();
            b = Cases.icoRef();
            c = Cases.icoRef();
            Cases.open(a, r.request(0), null, "2017-10-01").statusCode(201);
            Cases.open(b, r.request(1), a, "2017-10-02").statusCode(201);
            Cases.open(c, r.request(2), b, "2017-10-03").statusCode(201);
            Cases.decide(a, "2018-05-01", "UPHELD").statusCode(200);
            document = Documents.everything();
        }
        FreshDatabase.recreate();
        return document.deepCopy();
    }

    @Test
    void aLeadGroupIsRestoredLinkedToItsTimelinesWithoutNewEventsAndAMergeOfTheSameDocumentChangesNothing() {
        ObjectNode doc = document();
        json().body(doc.toString()).post("/api/import").then().statusCode(200).body("sections.cases.added", is(3));
        Cases.get(c).statusCode(200).body("leadReference", is(b)).body("group.lead.reference", is(a))
                .body("group.followers.reference", containsInAnyOrder(b, c));
        Cases.get(a).statusCode(200).body("decision.outcome", is("UPHELD")).body("decision.decidedOn", is("2018-05-01"))
                .body("status", is("DECIDED"));
        // The complaints and the decision were restored with the timelines; the cases appended nothing to them.
        given().get("/api/export").then().body("sections.requests", hasSize(3))
                .body("sections.requests.events.type.flatten()", hasSize(section(doc, "requests").findValues("type").size()));

        json().body(doc.toString()).queryParam("merge", true).post("/api/import").then().statusCode(200)
                .body("sections.cases.unchanged", is(3)).body("sections.requests.unchanged", is(3));
    }

    @Test
    void aCaseWhoseLeadIsNotInTheDocumentIsRefusedAndNothingIsWritten() {
        ObjectNode doc = document();
        remove(doc, "cases", has("reference", a));
        int follower = indexOf(doc, "cases", has("reference", b));
        problem(json().body(doc.toString()).post("/api/import").then(), 400)
                .body("errors.field", hasItem("sections.cases[" + follower + "].leadReference"))
                .body("errors.message", hasItem(containsString("no case has the reference " + a)));
        assertNothingStored();
    }

    @Test
    void leadsThatFormACycleAreRefusedOnEveryCaseInItAndNothingIsWritten() {
        ObjectNode doc = document();
        item(doc, "cases", has("reference", a)).put("leadReference", c); // A → C → B → A
        problem(json().body(doc.toString()).post("/api/import").then(), 400)
                .body("errors.findAll { it.field.endsWith('leadReference') }", hasSize(3))
                .body("errors.message", hasItem(containsString("cycle of leads: " + a + " → " + c + " → " + b + " → " + a)));
        assertNothingStored();
    }

    @Test
    void aMergeWhoseLeadWouldCloseACycleThroughTheDatabaseIsRefusedAndChangesNothing() {
        ObjectNode doc = document();
        json().body(doc.toString()).post("/api/import").then().statusCode(200);
        remove(doc, "cases", has("reference", b)); // B (following A) is only in the database now
        item(doc, "cases", has("reference", a)).put("leadReference", c).put("grounds", "Changed by the merge");
        problem(json().body(doc.toString()).queryParam("merge", true).post("/api/import").then(), 400)
                .body("errors.field", containsInAnyOrder("sections.cases[" + indexOf(doc, "cases", has("reference", a)) + "].leadReference",
                        "sections.cases[" + indexOf(doc, "cases", has("reference", c)) + "].leadReference")) // C is in the circle too
                .body("errors.message", hasItem(containsString(a + " → " + c + " → " + b + " → " + a)));
        Cases.get(a).statusCode(200).body("leadReference", nullValue()).body("grounds", nullValue());
    }

    @Test
    void aCaseThatContradictsItsRequestsTimelineIsRefusedAndNothingIsWritten() {
        ObjectNode doc = document();
        ((ObjectNode) item(doc, "cases", has("reference", a)).get("decision")).put("outcome", "NOT_UPHELD");
        item(doc, "cases", has("reference", b)).put("submittedOn", "2017-10-05").put("reference", Cases.sicRef());
        int ia = indexOf(doc, "cases", has("reference", a));
        problem(json().body(doc.toString()).post("/api/import").then(), 400)
                .body("errors.field", hasItem("sections.cases[" + ia + "].decision.outcome"))
                .body("errors.message", hasItem(containsString("NOT_UPHELD, but the request's timeline says UPHELD")))
                .body("errors.message", hasItem(containsString("2017-10-05, but the request's timeline says 2017-10-02")))
                .body("errors.message", hasItem(containsString("reference, but the request of")));
        assertNothingStored();
    }
}
