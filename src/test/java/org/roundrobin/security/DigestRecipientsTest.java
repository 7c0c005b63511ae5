package org.roundrobin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.support.Accounts;
import org.roundrobin.support.Fixtures;

/** The daily digest goes to the campaign's owners, honouring their opt-out. */
@QuarkusTest
class DigestRecipientsTest {

    private static String recipients(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> DigestRecipients.of(Campaign.findBySlug(slug).orElseThrow()));
    }

    @Test
    void ownersWithAnAddressGetTheDigestUnlessTheyOptOut() {
        String slug = Fixtures.campaign(Map.of("tag", Fixtures.authorities(1, "England & Wales")), 1);
        // Owned by admin, who has no address: the requester's, as before accounts.
        assertEquals("campaigner@example.org", recipients(slug));
        String owner = Accounts.member(slug, "OWNER");
        Accounts.member(slug, "EDITOR"); // editors do not get it
        assertEquals(owner + "@example.org", recipients(slug));
        Accounts.as(owner).contentType("application/json").body(Map.of("digestOptOut", true)).put("/api/me").then().statusCode(200);
        assertNull(recipients(slug), "the only owner with an address opted out");
    }
}
