package org.roundrobin.authority;

/**
 * Features that point at authorities (requests, cases) implement this, so the directory can refuse to delete
 * a body that is still in use without depending on those features.
 */
public interface AuthorityReferences {

    /** How many records of this feature use the authority; 0 if none. */
    long countUsing(Authority authority);

    /** A short noun for the message, e.g. "request(s)". */
    String what();
}
