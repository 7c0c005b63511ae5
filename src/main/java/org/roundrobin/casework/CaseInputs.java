package org.roundrobin.casework;

import java.time.LocalDate;
import java.util.List;
import org.roundrobin.request.DecisionOutcome;

/** What the casework API accepts. Unknown fields are refused (400) by the JSON settings, never dropped. */
public final class CaseInputs {

    private CaseInputs() {
    }

    /** A complaint the regulator has given a reference. {@code leadReference}: the case it is grouped under. */
    public record Open(String reference, Long requestId, String leadReference, LocalDate submittedOn, LocalDate acceptedOn,
                       String grounds, List<String> sectionsContested, String note) {
    }

    /** The case's own facts that may change later (PUT: absent means none). Dates of the complaint live on the timeline. */
    public record Edit(String leadReference, LocalDate acceptedOn, String grounds, List<String> sectionsContested, Integer version) {
    }

    /**
     * A decision notice, or (for a correction) what it should have said. {@code complianceDue}: only when the notice
     * gives a date other than the law's default; the appeal window is always computed.
     */
    public record Decision(LocalDate decidedOn, DecisionOutcome outcome, String stepsOrdered, LocalDate complianceDue, String note) {
    }

    /** A campaign's link to a related campaign (null clears it). */
    public record Related(String relatedTo) {
    }
}
