package org.roundrobin.law;

import java.util.List;
import java.util.Objects;

/**
 * A section an authority may cite to refuse: a Part II exemption, a refusal ground (cost, vexatious)
 * or FOISA's separate neither-confirm-nor-deny provision.
 *
 * @param section base section, e.g. "31", "22A"
 * @param ncnd    the subsections that lift the duty to confirm or deny, e.g. ["31(3)"]; [] when the section
 *                has none (FOIA s.21, and every FOISA exemption, since FOISA puts NCND in s.18 alone);
 *                ["18"] for FOISA s.18 itself
 */
public record Exemption(Law law, String section, String title, Kind kind, List<String> ncnd, String note) {

    public enum Kind {
        /** No public interest test. */
        ABSOLUTE,
        /** Subject to the public interest test. */
        QUALIFIED,
        /** Absolute in some parts, qualified in others; the note says which. */
        PARTLY_ABSOLUTE,
        /** Not an exemption but a ground to refuse the whole request: cost limit (s.12) or vexatious/repeated (s.14). */
        REFUSAL_GROUND,
        /** FOISA s.18: neither confirm nor deny, used alongside certain exemptions. */
        NCND_PROVISION
    }

    public Exemption {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        ncnd = ncnd == null ? List.of() : List.copyOf(ncnd);
        note = note == null ? "" : note;
    }

    /** "s.31 Law enforcement". */
    public String label() {
        return "s." + section + " " + title;
    }

    /**
     * Whether a normalised citation of this section (e.g. "40(5)(b)(i)") is one of its NCND subsections
     * or a deeper part of one.
     */
    public boolean isNcnd(String cited) {
        for (String n : ncnd) {
            if (cited.equals(n) || cited.startsWith(n + "(")) {
                return true;
            }
        }
        return false;
    }
}
