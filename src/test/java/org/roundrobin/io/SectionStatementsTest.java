package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.mail.Sender;
import org.roundrobin.support.Cases;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.Statements;

/** Cases and letters join the document without a statement per record: their sections read in one statement each. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class SectionStatementsTest {

    @Inject
    Sender sender;

    @Test
    void casesAndLettersStreamInAFixedNumberOfStatements() {
        long few = statements(2);
        long many = statements(12);
        assertEquals(few, many, "no statement per case or letter");
    }

    /** n authorities written to by email (letters SENT, with their events), all answering, each with a case following the previous one. */
    private long statements(int n) {
        String tag = authorities(n, "England & Wales");
        String campaign = MailFixtures.launchedByEmail(tag, 1);
        sender.sendDue();
        String today = given().get("/api/requests/" + requestId(campaign, tag + "-0")).then().extract().path("sentOn");
        String lead = null;
        List<Long> ids = requestIds(campaign);
        for (long id : ids) {
            event(id, responded(today, all(1, "NCND", "31(3)"))).statusCode(201);
            String ref = Cases.icoRef();
            Cases.open(ref, id, lead, today).statusCode(201);
            lead = ref;
        }
        return Statements.count(() -> given().get("/api/campaigns/" + campaign + "/export.json").then().statusCode(200)
                .body("sections.cases", hasSize(n)).body("sections.letters", hasSize(n))
                .body("sections.letters.eventSeq", everyItem(is(1))).body("sections.cases.leadReference", hasSize(n)));
    }
}
