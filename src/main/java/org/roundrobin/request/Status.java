package org.roundrobin.request;

import java.time.LocalDate;

/**
 * Where a request stands. The timeline fixes a request's state; OVERDUE, VERY_OVERDUE and REVIEW_OVERDUE are
 * that state seen on a given day. {@link #at} is the only place that turns dates into lateness.
 */
public enum Status {
    NOT_SENT,
    AWAITING_RESPONSE,
    /** The authority asked for clarification: the clock is stopped until the requester answers. */
    AWAITING_CLARIFICATION,
    OVERDUE,
    /** More than 40 working days after receipt, with no response. */
    VERY_OVERDUE,
    RESPONDED,
    REVIEW_PENDING,
    REVIEW_OVERDUE,
    /** The internal review was answered (or declined). */
    REVIEWED,
    WITH_REGULATOR,
    DECIDED,
    APPEALED,
    CLOSED,
    WITHDRAWN;

    /** This state as it stands on {@code today}, given the stored deadlines. */
    public Status at(LocalDate today, LocalDate dueOn, LocalDate veryOverdueOn, LocalDate reviewDueOn) {
        if (this == AWAITING_RESPONSE) {
            if (veryOverdueOn != null && veryOverdueOn.isBefore(today)) return VERY_OVERDUE;
            if (dueOn != null && dueOn.isBefore(today)) return OVERDUE;
        }
        if (this == REVIEW_PENDING && reviewDueOn != null && reviewDueOn.isBefore(today)) {
            return REVIEW_OVERDUE;
        }
        return this;
    }

    /** The state this status is a view of (OVERDUE is AWAITING_RESPONSE seen late). */
    public Status state() {
        return switch (this) {
            case OVERDUE, VERY_OVERDUE -> AWAITING_RESPONSE;
            case REVIEW_OVERDUE -> REVIEW_PENDING;
            default -> this;
        };
    }

    public boolean isLate() {
        return this == OVERDUE || this == VERY_OVERDUE || this == REVIEW_OVERDUE;
    }
}
