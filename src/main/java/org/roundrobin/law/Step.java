package org.roundrobin.law;

/**
 * A deadline in the life of a request. Each law gives some of them a {@link Period}
 * (see {@link Law#period(Step)}); the comments say what the period runs from.
 */
public enum Step {
    /** Authority responds: runs from the date of receipt. */
    RESPONSE,
    /** FOIA only: a public-interest extension, runs from the original response due date. */
    PUBLIC_INTEREST_EXTENSION,
    /** Round Robin's "very overdue" threshold: runs from the date of receipt. */
    VERY_OVERDUE,
    /** Requester asks for an internal review: runs from the response (FOISA: or from when it was due). */
    REVIEW_REQUEST,
    /** Authority answers the review: runs from receipt of the review request. */
    REVIEW_RESPONSE,
    /** FOIA only: the longer review period for exceptional cases. */
    REVIEW_RESPONSE_EXCEPTIONAL,
    /** Requester complains to the regulator: runs from the review outcome (the final response). */
    COMPLAINT,
    /** Authority complies with a decision notice: runs from the notice's date. */
    DECISION_COMPLIANCE,
    /** Either party appeals the regulator's decision: runs from the notice's date. */
    APPEAL
}
