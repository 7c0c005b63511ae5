package org.roundrobin.law;

import java.util.Map;
import java.util.Optional;

/** Where an authority sits; decides which FOI law (and so which regulator) applies to it. */
public enum Jurisdiction {
    ENGLAND_WALES("England & Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland"),
    UK_WIDE("UK-wide");

    // Spellings people actually type, as normalised keys (see Keys.of). Enum names and labels are added below.
    private static final Map<String, Jurisdiction> ALIASES = Map.ofEntries(
            Map.entry("englandandwales", ENGLAND_WALES),
            Map.entry("england", ENGLAND_WALES),
            Map.entry("wales", ENGLAND_WALES),
            Map.entry("ew", ENGLAND_WALES),
            Map.entry("ni", NORTHERN_IRELAND),
            Map.entry("uk", UK_WIDE),
            Map.entry("unitedkingdom", UK_WIDE),
            Map.entry("ukwide", UK_WIDE),
            Map.entry("unitedkingdomwide", UK_WIDE));

    private final String label;

    Jurisdiction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** FOISA for Scottish authorities; FOIA for England, Wales, Northern Ireland and UK-wide bodies. */
    public Law law() {
        return this == SCOTLAND ? Law.FOISA : Law.FOIA;
    }

    /** Forgiving: enum name, label or a common spelling, ignoring case, spaces, hyphens and underscores. */
    public static Optional<Jurisdiction> parse(String text) {
        String key = Keys.of(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Jurisdiction j : values()) {
            if (key.equals(Keys.of(j.name())) || key.equals(Keys.of(j.label))) {
                return Optional.of(j);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }
}
