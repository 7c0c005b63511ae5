package org.roundrobin.request;

import java.util.List;

/** One question's outcome in a response, with the sections cited (normalised, e.g. "31(3)"). */
public record Answer(int question, Outcome outcome, List<String> sections) {

    public Answer {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Stored as "31(3);24(2)": a short list that is only ever read whole. */
    public String sectionsText() {
        return sections.isEmpty() ? null : String.join(";", sections);
    }

    public static List<String> parseSections(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(";"));
    }
}
