package org.roundrobin.request;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as the pure timeline sees it: no persistence, just what happened and when. Fields that do not
 * apply to the type are null. {@code corrects} names the event a CORRECTED entry replaces.
 */
public record Entry(long id, int seq, EventType type, LocalDate on, List<Answer> answers, LocalDate extendedTo,
                    ReviewResult reviewResult, DecisionOutcome decision, LocalDate complianceDue, Long corrects) {

    public Entry {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public static Entry of(EventType type, LocalDate on) {
        return new Entry(0, 0, type, on, null, null, null, null, null, null);
    }

    public Entry withIdentity(long id, int seq) {
        return new Entry(id, seq, type, on, answers, extendedTo, reviewResult, decision, complianceDue, corrects);
    }

    /**
     * This event as a correction says it should have been: the correction's non-empty fields win, its date
     * included (like every event's, a correction's date is when the corrected thing happened; when the
     * correction was typed is its recordedAt).
     */
    Entry correctedBy(Entry c) {
        return new Entry(id, seq, type, c.on != null ? c.on : on, c.answers.isEmpty() ? answers : c.answers,
                c.extendedTo != null ? c.extendedTo : extendedTo, c.reviewResult != null ? c.reviewResult : reviewResult,
                c.decision != null ? c.decision : decision, c.complianceDue != null ? c.complianceDue : complianceDue, null);
    }
}
