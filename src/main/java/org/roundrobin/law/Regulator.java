package org.roundrobin.law;

import java.util.Map;
import java.util.Optional;

/** The body a requester complains to once the authority's internal review is over. */
public enum Regulator {
    ICO("Information Commissioner's Office", "ICO"),
    SCOTTISH_INFORMATION_COMMISSIONER("Scottish Information Commissioner", "SIC");

    private static final Map<String, Regulator> ALIASES = Map.of(
            "informationcommissioner", ICO,
            "theinformationcommissioner", ICO,
            "informationcommissionersoffice", ICO,
            "scottishinformationcommissionersoffice", SCOTTISH_INFORMATION_COMMISSIONER,
            "oscic", SCOTTISH_INFORMATION_COMMISSIONER);

    private final String label;
    private final String shortName;

    Regulator(String label, String shortName) {
        this.label = label;
        this.shortName = shortName;
    }

    public String label() {
        return label;
    }

    /** "ICO" or "SIC". */
    public String shortName() {
        return shortName;
    }

    /** Enum name, label, short name or "Information Commissioner"; case and punctuation are ignored. */
    public static Optional<Regulator> parse(String text) {
        String key = Keys.of(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Regulator r : values()) {
            if (key.equals(Keys.of(r.name())) || key.equals(Keys.of(r.label)) || key.equals(Keys.of(r.shortName))) {
                return Optional.of(r);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }
}
