package org.roundrobin.casework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.http.Problem.FieldError;

/**
 * Lead-case groups: a case may follow a lead, which may itself follow another (the group's lead is the top).
 * A case cannot lead itself, leads never form a cycle, and a lead concerns the same campaign or a linked one.
 */
final class LeadGroups {

    /** Far beyond any real group; stops a walk over corrupt data. */
    private static final int MAX_DEPTH = 1000;

    /** The group a case belongs to: the top lead, and every case that follows it directly or through another. */
    record Group(RegulatorCase lead, List<RegulatorCase> followers) {
    }

    private LeadGroups() {
    }

    /** Adds an error on {@code leadReference} if {@code c} may not follow {@code lead}. */
    static void check(RegulatorCase c, RegulatorCase lead, List<FieldError> errors) {
        if (lead == c || Objects.equals(lead.reference, c.reference)) {
            errors.add(FieldError.of("leadReference", "a case cannot lead itself"));
            return;
        }
        if (!linked(c.campaign(), lead.campaign())) {
            errors.add(FieldError.of("leadReference", lead.reference + " concerns the campaign '" + lead.campaign().slug
                    + "', which is neither this case's campaign '" + c.campaign().slug + "' nor linked to it"
                    + " (link related campaigns with PUT /api/campaigns/{slug}/related)"));
            return;
        }
        List<String> chain = new ArrayList<>(List.of(c.reference, lead.reference));
        for (RegulatorCase up = lead.lead; up != null && chain.size() < MAX_DEPTH; up = up.lead) {
            chain.add(up.reference);
            if (up == c || (c.id != null && Objects.equals(up.id, c.id))) {
                errors.add(FieldError.of("leadReference", "following " + lead.reference + " would make a cycle of leads: "
                        + String.join(" → ", chain)));
                return;
            }
        }
    }

    /** Same campaign, or one names the other as related (either direction). */
    static boolean linked(Campaign a, Campaign b) {
        return Objects.equals(a.id, b.id) || relatedId(a) != null && relatedId(a).equals(b.id)
                || relatedId(b) != null && relatedId(b).equals(a.id);
    }

    private static Long relatedId(Campaign c) {
        return c.related == null ? null : c.related.id;
    }

    /** The group of {@code c}: walks up to the top lead, then down one statement per level. */
    static Group of(RegulatorCase c) {
        RegulatorCase top = c;
        for (int i = 0; top.lead != null && i < MAX_DEPTH; i++) top = top.lead;
        List<RegulatorCase> followers = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(top.id));
        List<RegulatorCase> level = List.of(top);
        for (int i = 0; !level.isEmpty() && i < MAX_DEPTH; i++) {
            List<RegulatorCase> next = RegulatorCase.followersOf(level).stream().filter(f -> seen.add(f.id)).toList();
            followers.addAll(next);
            level = next;
        }
        return new Group(top, followers);
    }
}
