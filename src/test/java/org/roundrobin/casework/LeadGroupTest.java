package org.roundrobin.casework;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Cases;

/** Lead-case groups: no self-lead, no cycle, and a lead from the same campaign or a linked one. */
@QuarkusTest
class LeadGroupTest {

    static final String E_W = "England & Wales";

    static io.restassured.response.ValidatableResponse setLead(String ref, String lead) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadReference", lead);
        return json().body(body).put("/api/cases/" + ref).then();
    }

    static io.restassured.response.ValidatableResponse relate(String slug, String related) {
        Map<String, Object> body = new HashMap<>();
        body.put("relatedTo", related);
        return json().body(body).put("/api/campaigns/" + slug + "/related").then();
    }

    @Test
    void aFollowerWhoseLeadIsInAnUnrelatedCampaignIsRefused() {
        Cases.Responded first = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        Cases.Responded second = Cases.responded(1, E_W, 2, "2017-08-11", "2017-09-01");
        String lead = Cases.icoRef();
        String follower = Cases.icoRef();
        Cases.open(lead, first.request(0), null, "2018-04-16").statusCode(201);

        problem(Cases.open(follower, second.request(0), lead, "2018-04-16"), 400)
                .body("errors[0].field", is("leadReference")).body("errors[0].message", containsString("nor linked"));
        Cases.get(follower).statusCode(404);
        assertEquals(List.of("SENT", "RESPONDED"), Cases.eventTypes(second.request(0)));
        Cases.get(lead).body("group.followers", empty());

        // Linked (either direction), the same follower is accepted.
        relate(second.slug(), first.slug()).statusCode(200).body("relatedTo", is(first.slug()));
        Cases.open(follower, second.request(0), lead, "2018-04-16").statusCode(201).body("group.lead.reference", is(lead));
        Cases.get(lead).body("group.followers.reference", contains(follower))
                .body("group.followers[0].campaign", is(second.slug()));

        // Unlinking would leave the group across unrelated campaigns: refused, link kept.
        problem(relate(second.slug(), null), 409).body("detail", containsString(follower + " follows " + lead));
        given().get("/api/campaigns/" + second.slug()).then().body("relatedTo", is(first.slug()));
        // With the link also made the other way, one side may drop its own.
        relate(first.slug(), second.slug()).statusCode(200);
        relate(second.slug(), null).statusCode(200).body("relatedTo", nullValue());
        setLead(follower, null).statusCode(200).body("leadReference", nullValue());
        relate(first.slug(), null).statusCode(200);
    }

    @Test
    void aLinkNamesAnotherExistingCampaign() {
        Cases.Responded c = Cases.responded(1, E_W, 1, "2017-08-10", "2017-09-01");
        problem(relate(c.slug(), c.slug()), 400).body("errors[0].field", is("relatedTo"));
        problem(relate(c.slug(), "no-such-campaign-" + c.tag()), 400).body("errors[0].field", is("relatedTo"));
        problem(relate("no-such-campaign-" + c.tag(), c.slug()), 404);
        given().get("/api/campaigns/" + c.slug()).then().body("relatedTo", nullValue());
    }

    @Test
    void aCycleOfLeadsIsRefused() {
        Cases.Responded c = Cases.responded(4, E_W, 2, "2017-08-10", "2017-09-01");
        String a = Cases.icoRef(), b = Cases.icoRef(), d = Cases.icoRef();
        Cases.open(a, c.request(0), null, "2018-04-16").statusCode(201);
        Cases.open(b, c.request(1), a, "2018-04-16").statusCode(201);
        Cases.open(d, c.request(2), b, "2018-04-16").statusCode(201);

        problem(setLead(a, a), 400).body("errors[0].message", containsString("cannot lead itself"));
        problem(setLead(a, b), 400).body("errors[0].message", containsString(a + " → " + b + " → " + a));
        problem(setLead(a, d), 400).body("errors[0].message", containsString(a + " → " + d + " → " + b + " → " + a));
        Cases.get(a).body("leadReference", nullValue());

        // The group is the top lead and everyone below it, whichever member is asked.
        Cases.get(d).body("group.lead.reference", is(a)).body("group.followers.reference", containsInAnyOrder(b, d))
                .body("group.followers.find { it.reference == '" + d + "' }.follows", is(b));
        // Moving a follower is fine; the group follows.
        setLead(d, a).statusCode(200).body("leadReference", is(a));
        Cases.get(b).body("group.followers.reference", containsInAnyOrder(b, d));
    }

    @Test
    void followersStillUndecidedAreListedOnceTheLeadIsDecided() {
        Cases.Responded c = Cases.responded(3, E_W, 2, "2017-08-10", "2017-09-01");
        String lead = Cases.icoRef(), f1 = Cases.icoRef(), f2 = Cases.icoRef();
        Cases.open(lead, c.request(0), null, "2018-04-16").statusCode(201);
        Cases.open(f1, c.request(1), lead, "2018-04-17").statusCode(201);
        Cases.open(f2, c.request(2), lead, "2018-04-18").statusCode(201);
        Cases.decide(f1, "2018-09-20", "UPHELD").statusCode(200);
        Cases.get(lead).body("group.leadDecided", is(false)).body("group.undecidedFollowers", empty());
        Cases.decide(lead, "2018-09-20", "PARTLY_UPHELD").statusCode(200);
        Cases.get(f1).body("group.leadDecided", is(true)).body("group.undecidedFollowers", contains(f2))
                .body("group.lead.outcome", is("PARTLY_UPHELD"))
                .body("group.followers.find { it.reference == '" + f2 + "' }.authority.slug", is(c.authority(2)))
                .body("group.followers.find { it.reference == '" + f2 + "' }.status", is("WITH_REGULATOR"))
                .body("group.followers.find { it.reference == '" + f1 + "' }.status", is("DECIDED"));
    }

    @Test
    void aStaleEditIsRefused() {
        Cases.Responded c = Cases.responded(1, E_W, 2, "2017-08-10", "2017-09-01");
        String ref = Cases.icoRef();
        int version = Cases.open(ref, c.request(0), null, "2018-04-16").statusCode(201).extract().path("version");
        json().body(Map.of("grounds", "Inconsistent with other forces.", "acceptedOn", "2018-05-01", "sectionsContested",
                List.of("31(3)"), "version", version)).put("/api/cases/" + ref).then().statusCode(200)
                .body("grounds", is("Inconsistent with other forces.")).body("acceptedOn", is("2018-05-01"));
        problem(json().body(Map.of("grounds", "Something else", "version", version)).put("/api/cases/" + ref).then(), 409);
        Cases.get(ref).body("grounds", is("Inconsistent with other forces.")).body("sectionsContested", contains("31(3)"));
    }
}
