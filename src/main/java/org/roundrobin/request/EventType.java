package org.roundrobin.request;

/**
 * What can happen to a request. Each constant has exactly one rule in {@link Rules} (when it is allowed
 * and what it changes); the compiler insists, because {@code Rules.of} switches over every constant.
 */
public enum EventType {
    SENT,
    ACKNOWLEDGED,
    CLARIFICATION_REQUESTED,
    /** The requester's clarification: the 20 working days start again from its receipt (s.1(3)). */
    CLARIFICATION_GIVEN,
    /** A public-interest extension (FOIA s.10(3)), with the new date. */
    EXTENDED,
    RESPONDED,
    REVIEW_REQUESTED,
    REVIEW_RESPONDED,
    COMPLAINT_SUBMITTED,
    DECISION_NOTICE,
    APPEAL_LODGED,
    APPEAL_DECIDED,
    WITHDRAWN,
    /** The campaigner considers the request finished (satisfied, or not pursued further). */
    CLOSED,
    /** Replaces what an earlier event said (its date, answers or results) without editing history; its own date is the corrected one. */
    CORRECTED,
    NOTE,
    /** A chaser letter went to the authority (mail); changes no status. */
    CHASER_SENT,
    /** A reply arrived by email (mail); changes no status, but flags the request "reply to classify". */
    RECEIVED
}
