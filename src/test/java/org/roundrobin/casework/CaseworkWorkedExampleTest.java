package org.roundrobin.casework;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Cases;
import org.roundrobin.support.TestClock;

/**
 * The second half of domain.md's worked example, on the days it happened: Cambridgeshire's NCND refusal of
 * 8 September 2017, the review asked for too late, the complaint grouped under lead case FS50739797 with the
 * four other references the notice names, and the decision notice of 20 September 2018. The notice does not
 * give Cambridgeshire's own reference: FS50000001 stands in for it. The other forces are illustrative.
 */
@QuarkusTest
class CaseworkWorkedExampleTest {

    static final String LEAD = "FS50739797";
    static final String CAMBS = "FS50000001";
    static final List<String> NAMED = List.of("FS50739875", "FS50741036", "FS50748297", "FS50744546");
    static final List<String> OTHERS = List.of("bedfordshire", "hertfordshire", "essex", "norfolk", "suffolk");

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static void on(String day) {
        TestClock.set(LocalDate.parse(day));
    }

    /** The radar's windows for one request. */
    static List<Map<String, Object>> radar(long id, String days) {
        List<Map<String, Object>> all = given().queryParam("days", days).get("/api/radar").then().statusCode(200)
                .extract().jsonPath().getList("windows");
        return all.stream().filter(w -> ((Number) ((Map<?, ?>) w.get("request")).get("id")).longValue() == id).toList();
    }

    @Test
    void cambridgeshireFromRefusalToDecisionNoticeUnderLeadCase() {
        on("2017-08-10");
        List<String> forces = new java.util.ArrayList<>(List.of("cambridgeshire"));
        forces.addAll(OTHERS);
        String campaign = launched(Map.of("authorities", forces), 6, "2017-08-10");
        long cambs = requestId(campaign, "cambridgeshire");

        on("2017-09-08");
        List<Map<String, Object>> refusal = List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NCND", "31(3)"),
                outcome(3, "NCND", "31(3)"), outcome(4, "NCND", "31(3)"), outcome(5, "NOT_HELD"), outcome(6, "NCND", "31(3)"));
        event(cambs, responded("2017-09-08", refusal)).statusCode(201);
        for (String force : OTHERS) event(requestId(campaign, force), responded("2017-09-07", all(6, "NCND", "31(3)"))).statusCode(201);

        // Nine days before the review window closes, the radar shows it open.
        on("2017-10-25");
        List<Map<String, Object>> windows = radar(cambs, "14");
        assertEquals(1, windows.size(), windows.toString());
        assertEquals(Map.of("kind", "REVIEW_REQUEST", "closesOn", "2017-11-03", "daysLeft", 9, "closed", false, "by", "REQUESTER"),
                pick(windows.get(0), "kind", "closesOn", "daysLeft", "closed", "by"));
        assertEquals(Map.of("id", (int) cambs, "link", "/api/requests/" + cambs, "page", "/requests/" + cambs), windows.get(0).get("request"));

        // The campaigner waited for the bulk of the responses: on 31 January 2018 the window had closed, and says so.
        on("2018-01-31");
        windows = radar(cambs, "14");
        assertEquals(1, windows.size(), windows.toString());
        assertEquals(Map.of("kind", "REVIEW_REQUEST", "closesOn", "2017-11-03", "closed", true, "daysLeft", -89),
                pick(windows.get(0), "kind", "closesOn", "closed", "daysLeft"));
        assertTrue(((String) windows.get(0).get("action")).contains("internal review"));
        assertTrue(((String) windows.get(0).get("basis")).contains("40 working days"));

        on("2018-04-11");
        event(cambs, Map.of("type", "REVIEW_REQUESTED", "on", "2018-04-11")).statusCode(201);
        assertEquals(List.of(), radar(cambs, "366"), "the review was asked for: its window no longer applies");
        on("2018-04-12");
        event(cambs, Map.of("type", "REVIEW_RESPONDED", "on", "2018-04-12", "reviewResult", "DECLINED",
                "note", "Out of time: the window closed on 3 November 2017.")).statusCode(201);
        assertEquals(List.of(), radar(cambs, "14"), "the complaint window closes in six weeks, beyond 14 days");
        windows = radar(cambs, "60");
        assertEquals(List.of(Map.of("kind", "COMPLAINT", "closesOn", "2018-05-24", "closed", false)),
                windows.stream().map(w -> pick(w, "kind", "closesOn", "closed")).toList());

        // The ICO groups six forces' complaints under lead case FS50739797.
        on("2018-04-16");
        Cases.open(LEAD, requestId(campaign, OTHERS.get(0)), null, "2018-04-16").statusCode(201)
                .header("Location", endsWith("/api/cases/" + LEAD));
        for (int i = 0; i < NAMED.size(); i++) {
            Cases.open(NAMED.get(i), requestId(campaign, OTHERS.get(i + 1)), LEAD, "2018-04-16").statusCode(201)
                    .body("leadReference", is(LEAD));
        }
        json().body(Map.of("reference", CAMBS, "requestId", cambs, "leadReference", LEAD, "submittedOn", "2018-04-16",
                        "grounds", "Other forces answered the same questions about phones and computers; Q5 is not contested.",
                        "sectionsContested", List.of("s.31(3)")))
                .post("/api/cases").then().statusCode(201)
                .body("reference", is(CAMBS)).body("regulator", is("ICO")).body("status", is("WITH_REGULATOR"))
                .body("request.id", is((int) cambs)).body("authority.slug", is("cambridgeshire"))
                .body("sectionsContested", contains("31(3)")).body("decision", nullValue())
                .body("group.lead.reference", is(LEAD))
                .body("group.followers.reference", containsInAnyOrder(CAMBS, NAMED.get(0), NAMED.get(1), NAMED.get(2), NAMED.get(3)));
        Cases.request(cambs).body("status", is("WITH_REGULATOR"))
                .body("events[-1].type", is("COMPLAINT_SUBMITTED")).body("events[-1].caseReference", is(CAMBS))
                .body("events[-1].on", is("2018-04-16"));
        assertEquals(List.of(), radar(cambs, "366"), "with the regulator: no window of the campaigner's runs");

        Cases.get(LEAD).statusCode(200).body("group.lead.reference", is(LEAD)).body("group.lead.authority.slug", is("bedfordshire"))
                .body("group.followers", hasSize(5))
                .body("group.followers.find { it.reference == '" + CAMBS + "' }.authority.name", is("Cambridgeshire Constabulary"))
                .body("group.followers.find { it.reference == '" + CAMBS + "' }.status", is("WITH_REGULATOR"))
                .body("group.followers.find { it.reference == '" + NAMED.get(0) + "' }.follows", is(LEAD))
                .body("group.leadDecided", is(false)).body("group.undecidedFollowers", empty());

        // 20 September 2018: the lead's decision, then Cambridgeshire's.
        on("2018-09-20");
        Cases.decide(LEAD, "2018-09-20", "UPHELD").statusCode(200);
        Cases.get(LEAD).body("group.leadDecided", is(true))
                .body("group.undecidedFollowers", containsInAnyOrder(CAMBS, NAMED.get(0), NAMED.get(1), NAMED.get(2), NAMED.get(3)));
        json().body(Map.of("decidedOn", "2018-09-20", "outcome", "UPHELD", "stepsOrdered",
                        "Confirm or deny whether the information is held; disclose it or issue a valid refusal notice."))
                .post("/api/cases/" + CAMBS + "/decision").then().statusCode(200)
                .body("decision.decidedOn", is("2018-09-20")).body("decision.outcome", is("UPHELD"))
                .body("decision.complianceDue", is("2018-10-25")).body("decision.complianceDueFromNotice", is(false))
                .body("decision.appealBy", is("2018-10-18")).body("decision.appealTo", containsString("First-tier Tribunal"))
                .body("decision.stepsOrdered", startsWith("Confirm or deny")).body("status", is("DECIDED"));
        Cases.request(cambs).body("status", is("DECIDED")).body("decision", is("UPHELD"))
                .body("deadlines.complianceDue", is("2018-10-25")).body("deadlines.appealBy", is("2018-10-18"))
                .body("events.type", contains("SENT", "RESPONDED", "REVIEW_REQUESTED", "REVIEW_RESPONDED", "COMPLAINT_SUBMITTED",
                        "DECISION_NOTICE"))
                .body("events[-1].caseReference", is(CAMBS));
        Cases.get(LEAD).body("group.undecidedFollowers", containsInAnyOrder(NAMED.toArray()));
        given().get("/api/campaigns/" + campaign + "/cases").then().statusCode(200)
                .body("reference", containsInAnyOrder(LEAD, CAMBS, NAMED.get(0), NAMED.get(1), NAMED.get(2), NAMED.get(3)))
                .body("find { it.reference == '" + CAMBS + "' }.outcome", is("UPHELD"));

        // The appeal window (28 days) closes before the compliance date (35 days).
        on("2018-10-11");
        assertEquals(List.of(Map.of("kind", "APPEAL", "closesOn", "2018-10-18", "by", "REQUESTER", "closed", false),
                        Map.of("kind", "COMPLIANCE", "closesOn", "2018-10-25", "by", "AUTHORITY", "closed", false)),
                radar(cambs, "14").stream().map(w -> pick(w, "kind", "closesOn", "by", "closed")).toList());
        on("2018-10-19");
        assertEquals(List.of(Map.of("kind", "APPEAL", "closed", true), Map.of("kind", "COMPLIANCE", "closed", false)),
                radar(cambs, "14").stream().map(w -> pick(w, "kind", "closed")).toList());
    }

    static Map<String, Object> pick(Map<String, Object> m, String... keys) {
        Map<String, Object> out = new java.util.HashMap<>();
        for (String k : keys) out.put(k, m.get(k));
        return out;
    }
}
