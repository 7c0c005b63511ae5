package org.roundrobin.law;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The two FOI regimes. Everything that differs between them hangs off this enum. */
public enum Law {
    FOIA("Freedom of Information Act 2000", "FOIA"),
    FOISA("Freedom of Information (Scotland) Act 2002", "FOISA");

    private static final Map<String, Law> ALIASES = Map.of(
            "foia2000", FOIA,
            "freedomofinformationact", FOIA,
            "foisa2002", FOISA,
            "freedomofinformationscotlandact", FOISA);

    private final String title;
    private final String abbreviation;

    Law(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    public String title() {
        return title;
    }

    /** "FOIA" or "FOISA", as people write it in letters. */
    public String abbreviation() {
        return abbreviation;
    }

    public Regulator regulator() {
        return this == FOISA ? Regulator.SCOTTISH_INFORMATION_COMMISSIONER : Regulator.ICO;
    }

    public WorkingDays workingDays() {
        return WorkingDays.of(this);
    }

    public ExemptionCatalogue exemptions() {
        return ExemptionCatalogue.of(this);
    }

    /** The statutory (or guidance) period for a step, with its source; empty if this law has none. */
    public Optional<Period> period(Step step) {
        return PeriodTable.period(this, step);
    }

    /**
     * The date a step is due, counting its period from {@code start}.
     *
     * @throws IllegalArgumentException if this law has no period for the step
     */
    public LocalDate due(Step step, LocalDate start) {
        Period period = period(step).orElseThrow(() -> new IllegalArgumentException(
                abbreviation + " has no period for " + step));
        return period.from(this, start);
    }

    /** "FOIA", "foisa", the full title, "FOI(S)A"...; case and punctuation are ignored. */
    public static Optional<Law> parse(String text) {
        String key = Keys.of(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Law law : values()) {
            if (key.equals(Keys.of(law.name())) || key.equals(Keys.of(law.title))) {
                return Optional.of(law);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }
}
