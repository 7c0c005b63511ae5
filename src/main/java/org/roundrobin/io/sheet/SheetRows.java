package org.roundrobin.io.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;
import org.roundrobin.request.Answer;
import org.roundrobin.request.Outcome;

/** Reading a row's dates and outcomes, with the same rules a recorded response must meet. */
final class SheetRows {

    // Locale.US too for month names: the UK locale abbreviates September as "Sept", spreadsheets write "Sep".
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("uuuu-MM-dd", "d/M/uuuu", "d/M/uu", "d.M.uuuu", "d-M-uuuu")
                    .map(p -> DateTimeFormatter.ofPattern(p, Locale.UK)),
            java.util.stream.Stream.of("d MMMM uuuu", "d MMM uuuu", "d-MMM-uuuu", "d-MMM-uu").flatMap(p -> java.util.stream.Stream.of(
                    DateTimeFormatter.ofPattern(p, Locale.UK), DateTimeFormatter.ofPattern(p, Locale.US))))
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private SheetRows() {
    }

    /** A date as spreadsheets write it in the UK: 2017-09-08, 08/09/2017 (day first), 8 September 2017, 8-Sep-17. */
    static LocalDate date(String text) {
        if (text == null) return null;
        String t = text.strip().replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        try {
            return LocalDate.parse(t.substring(0, 1).toUpperCase(Locale.UK) + t.substring(1).toLowerCase(Locale.UK),
                    DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (write 2017-09-08 or 08/09/2017, day first)");
        }
    }

    /**
     * The answer to one question: the cell's own sections, or else those of the row's sections column that fit the
     * outcome (s.12 for cost, s.14 for vexatious, the rest for NCND and exempt). Faults go to {@code error}.
     */
    static Answer answer(int question, OutcomeCell cell, List<String> rowSections, Law law, BiConsumer<String, String> error) {
        String field = "Q" + question;
        List<String> given = cell.sections();
        if (given.isEmpty()) given = rowSections.stream().filter(s -> fits(cell.outcome(), s, law)).toList();
        Set<String> cited = new LinkedHashSet<>();
        boolean ncnd = false;
        for (String s : given) {
            Citation c = law.exemptions().lookup(s).orElse(null);
            if (c == null) {
                error.accept(field, "'" + s + "' is not a section of " + law + " that can refuse information");
                continue;
            }
            if (cell.outcome() == Outcome.COST_LIMIT && !c.section().equals("12")) error.accept(field, "a cost-limit refusal cites section 12, not " + c.cited());
            if (cell.outcome() == Outcome.VEXATIOUS && !c.section().equals("14")) error.accept(field, "a vexatious refusal cites section 14, not " + c.cited());
            ncnd |= c.ncnd();
            cited.add(c.cited());
        }
        if (cell.outcome().needsSection() && given.isEmpty()) {
            error.accept(field, cell.outcome() + " must cite the section relied on (in the cell, e.g. \"" + cell.outcome() + " 31(3)\", or in the sections column)");
        } else if (cell.outcome() == Outcome.NCND && !ncnd && !cited.isEmpty()) {
            error.accept(field, "neither confirming nor denying needs a section with an NCND provision ("
                    + (law == Law.FOISA ? "FOISA s.18" : "e.g. FOIA 31(3)") + "); " + String.join(", ", cited) + " has none");
        }
        return new Answer(question, cell.outcome(), List.copyOf(cited));
    }

    /** The row's sections column, split like a cell's. */
    static List<String> sections(String text) {
        if (text == null) return List.of();
        OutcomeCell parsed = OutcomeCell.parse("answered " + text);
        return new ArrayList<>(parsed.sections());
    }

    private static boolean fits(Outcome o, String section, Law law) {
        String base = law.exemptions().lookup(section).map(Citation::section).orElse(null);
        return switch (o) {
            case COST_LIMIT -> "12".equals(base);
            case VEXATIOUS -> "14".equals(base);
            case NCND, EXEMPT -> base == null || !base.equals("12") && !base.equals("14");
            default -> false;
        };
    }
}
