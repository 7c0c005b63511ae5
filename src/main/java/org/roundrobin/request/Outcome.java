package org.roundrobin.request;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How an authority dealt with one question. */
public enum Outcome {
    ANSWERED,
    PARTLY_ANSWERED,
    /** Neither confirmed nor denied that the information is held (e.g. FOIA s.31(3), FOISA s.18). */
    NCND,
    NOT_HELD,
    /** Held, but withheld under one or more exemptions. */
    EXEMPT,
    /** Refused because compliance would exceed the appropriate limit (s.12 in both laws). */
    COST_LIMIT,
    /** Refused as vexatious or repeated (s.14 in both laws). */
    VEXATIOUS,
    NOT_ANSWERED;

    /** Outcomes that refuse information; which one is reported when nothing was disclosed, strongest first. */
    private static final List<Outcome> REFUSALS = List.of(VEXATIOUS, COST_LIMIT, NCND, EXEMPT, NOT_HELD, NOT_ANSWERED);
    private static final Set<Outcome> DISCLOSING = EnumSet.of(ANSWERED, PARTLY_ANSWERED);

    /** Whether the outcome must cite at least one section. */
    public boolean needsSection() {
        return this == NCND || this == EXEMPT;
    }

    /**
     * The overall outcome of a response from its per-question outcomes. A complete answer (every question
     * answered, or answered where held) is ANSWERED; any disclosure mixed with a refusal is PARTLY_ANSWERED;
     * with no disclosure at all, the strongest refusal stands (Cambridgeshire: five NCND and one not held = NCND).
     */
    public static Outcome overall(Collection<Outcome> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) return null;
        Set<Outcome> set = EnumSet.copyOf(outcomes);
        boolean disclosed = set.stream().anyMatch(DISCLOSING::contains);
        if (disclosed) {
            Set<Outcome> rest = EnumSet.copyOf(set);
            rest.removeAll(EnumSet.of(ANSWERED, NOT_HELD));
            return rest.isEmpty() ? ANSWERED : PARTLY_ANSWERED;
        }
        return REFUSALS.stream().filter(set::contains).findFirst().orElseThrow();
    }
}
