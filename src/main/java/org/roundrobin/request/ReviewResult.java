package org.roundrobin.request;

/** The result of an internal review. */
public enum ReviewResult {
    UPHELD,
    OVERTURNED,
    PARTLY,
    /** The authority refused to review, e.g. because it was asked out of time. */
    DECLINED
}
