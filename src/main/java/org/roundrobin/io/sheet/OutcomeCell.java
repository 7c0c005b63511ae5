package org.roundrobin.io.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundrobin.request.Outcome;

/**
 * One question's cell: an outcome in words people use, then the sections cited, e.g. {@code NCND 31(3)},
 * {@code Not held}, {@code exempt s.40(2); s.31(1)(a)}, {@code cost limit s12} (our own export writes {@code NCND 31(3); 24(2)}).
 */
record OutcomeCell(Outcome outcome, List<String> sections) {

    private static final Map<String, Outcome> WORDS = new LinkedHashMap<>();

    static {
        alias(Outcome.PARTLY_ANSWERED, "partly answered", "part answered", "partially answered", "partly", "partial");
        alias(Outcome.NOT_ANSWERED, "not answered", "no answer", "unanswered", "ignored");
        alias(Outcome.NOT_HELD, "not held", "information not held", "nh");
        alias(Outcome.NCND, "ncnd", "neither confirm nor deny", "neither confirmed nor denied");
        alias(Outcome.ANSWERED, "answered", "disclosed", "yes", "provided");
        alias(Outcome.EXEMPT, "exempt", "exempted", "withheld", "refused");
        alias(Outcome.COST_LIMIT, "cost limit", "cost", "costs", "over cost limit");
        alias(Outcome.VEXATIOUS, "vexatious", "repeated", "vexatious or repeated");
    }

    private static void alias(Outcome o, String... words) {
        for (String w : words) WORDS.put(w, o);
    }

    /** Null for an empty cell; throws IllegalArgumentException with a readable message for a cell it cannot read. */
    static OutcomeCell parse(String cell) {
        if (cell == null || cell.isBlank()) return null;
        String text = cell.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
        String word = WORDS.keySet().stream().filter(w -> text.equals(w) || text.startsWith(w + " ") || text.startsWith(w + ",")
                        || text.startsWith(w + ";") || text.startsWith(w + ":") || text.startsWith(w + "("))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new IllegalArgumentException("'" + cell.strip() + "' does not start with an outcome (one of "
                        + List.of(Outcome.values()) + ", or words such as \"not held\", \"neither confirm nor deny\")"));
        // The rest are sections: "s.31(3); 24(2)", "31(3) and 24(2)", "section 12". Join "s. 31 (3)" up first.
        String rest = text.substring(word.length()).replaceAll("\\s+\\(", "(")
                .replaceAll("\\b(section|sect\\.?|sec\\.?|s\\.?)\\s+(?=\\d)", "");
        List<String> sections = new ArrayList<>();
        for (String s : rest.split("[;,:\\s]+|\\band\\b")) {
            if (!s.isBlank()) sections.add(s.strip());
        }
        return new OutcomeCell(WORDS.get(word), sections);
    }
}
