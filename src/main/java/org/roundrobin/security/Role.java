package org.roundrobin.security;

/** A person's role in one campaign; each includes the ones before it. Admins act as owners everywhere. */
public enum Role {
    /** Reads everything of the campaign. */
    VIEWER,
    /** Also records events and responses, launches, sends letters, approves chasers, works the cases. */
    EDITOR,
    /** Also edits and deletes the campaign, its mail settings, its members and its share links. */
    OWNER;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }
}
