package org.roundrobin.request;

/** What a regulator's decision notice (or a tribunal) said of the complaint. */
public enum DecisionOutcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD
}
