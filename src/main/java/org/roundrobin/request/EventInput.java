package org.roundrobin.request;

import java.time.LocalDate;
import java.util.List;

/**
 * An event to append, from the API, a page form, or another feature (casework, mail). Only the fields that
 * apply to the type may be given: a field that would be ignored is refused rather than silently dropped.
 */
public record EventInput(EventType type, LocalDate on, String note, String authorityReference, String recordedBy,
                         List<OutcomeInput> outcomes, LocalDate extendedTo, ReviewResult reviewResult,
                         DecisionOutcome decision, LocalDate complianceDue, String caseReference, Long corrects,
                         Integer version, Boolean privateNote) {

    /** Without {@code privateNote} (the form most callers use): the note, if any, is visible to every member. */
    public EventInput(EventType type, LocalDate on, String note, String authorityReference, String recordedBy,
                      List<OutcomeInput> outcomes, LocalDate extendedTo, ReviewResult reviewResult, DecisionOutcome decision,
                      LocalDate complianceDue, String caseReference, Long corrects, Integer version) {
        this(type, on, note, authorityReference, recordedBy, outcomes, extendedTo, reviewResult, decision, complianceDue,
                caseReference, corrects, version, null);
    }

    /** Marks the note private: shown to the campaign's editors and owners only, never to viewers or share links. */
    public EventInput withPrivateNote(boolean isPrivate) {
        return new EventInput(type, on, note, authorityReference, recordedBy, outcomes, extendedTo, reviewResult, decision,
                complianceDue, caseReference, corrects, version, isPrivate);
    }

    public record OutcomeInput(Integer question, Outcome outcome, List<String> sections) {
    }

    public static EventInput of(EventType type, LocalDate on) {
        return new EventInput(type, on, null, null, null, null, null, null, null, null, null, null, null);
    }

    public EventInput withNote(String text) {
        return new EventInput(type, on, text, authorityReference, recordedBy, outcomes, extendedTo, reviewResult, decision,
                complianceDue, caseReference, corrects, version);
    }

    public EventInput withCaseReference(String reference) {
        return new EventInput(type, on, note, authorityReference, recordedBy, outcomes, extendedTo, reviewResult, decision,
                complianceDue, reference, corrects, version);
    }

    public EventInput withDecision(DecisionOutcome outcome, LocalDate compliance) {
        return new EventInput(type, on, note, authorityReference, recordedBy, outcomes, extendedTo, reviewResult, outcome,
                compliance, caseReference, corrects, version);
    }
}
