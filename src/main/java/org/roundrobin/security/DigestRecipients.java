package org.roundrobin.security;

import java.util.List;
import org.roundrobin.campaign.Campaign;

/**
 * Who gets a campaign's daily digest: its owners who have an email address and did not opt out. A campaign none of
 * whose owners has an email address (a single campaigner who never gave one) goes to its requester's address, as
 * before accounts existed; an owner's opt-out is always honoured.
 */
public final class DigestRecipients {

    private DigestRecipients() {
    }

    /** The addresses, comma-separated; null when nobody should get it. */
    public static String of(Campaign c) {
        List<UserAccount> owners = CampaignMember.owners(c).stream().filter(u -> u.active).toList();
        List<String> emails = owners.stream().filter(u -> u.email != null && !u.email.isBlank() && !u.digestOptOut).map(u -> u.email).toList();
        if (!emails.isEmpty()) return String.join(", ", emails);
        boolean anyAddress = owners.stream().anyMatch(u -> u.email != null && !u.email.isBlank());
        return anyAddress ? null : c.requesterEmail;
    }
}
