package org.roundrobin.replies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;
import org.roundrobin.replies.Signals.Kind;
import org.roundrobin.request.Outcome;

/**
 * The outcome a group of sentences (a question's answer, or the whole reply) points to, strongest signal first:
 * vexatious, cost limit, NCND, then withheld, not held, disclosed. A refusal next to disclosed figures is a partial
 * answer. Sections are those cited in the group, else (when the outcome needs one) those cited elsewhere in the reply.
 */
record Verdict(Outcome outcome, double confidence, String evidence, List<String> sections) {

    /** A sentence with its signals and the sections it cites. */
    record Scored(String text, Map<Kind, Double> signals, List<Citation> citations) {
    }

    static Verdict decide(List<Scored> scope, List<Citation> elsewhere, Law law) {
        Map<Kind, Double> best = new EnumMap<>(Kind.class);
        Map<Kind, String> said = new EnumMap<>(Kind.class);
        List<Citation> cited = new ArrayList<>();
        for (Scored s : scope) {
            cited.addAll(s.citations());
            s.signals().forEach((k, w) -> {
                if (w > best.getOrDefault(k, 0.0)) {
                    best.put(k, w);
                    said.put(k, s.text());
                }
            });
        }
        // Only disclosed figures make a refusal partial: a pointer to published material ("may be of interest") does not.
        boolean partlyDisclosed = best.getOrDefault(Kind.FIGURES, 0.0) >= 0.6;
        String figures = said.get(Kind.FIGURES);

        if (best.getOrDefault(Kind.VEXATIOUS, 0.0) >= 0.8 || has(cited, "14")) {
            return refusal(Outcome.VEXATIOUS, best, said, Kind.VEXATIOUS, only(cited, elsewhere, "14"), citing(scope, "14"));
        }
        if (best.getOrDefault(Kind.COST, 0.0) >= 0.8 || has(cited, "12")) {
            List<String> twelve = only(cited, elsewhere, "12");
            if (partlyDisclosed) return new Verdict(Outcome.PARTLY_ANSWERED, 0.7, text(said, Kind.COST, figures), twelve);
            return refusal(Outcome.COST_LIMIT, best, said, Kind.COST, twelve, citing(scope, "12"));
        }
        List<String> exemptions = exemptions(cited);
        if (best.getOrDefault(Kind.NCND, 0.0) >= 0.8) {
            List<String> sections = exemptions.isEmpty() ? ncndElsewhere(elsewhere, law) : exemptions;
            if (partlyDisclosed) return new Verdict(Outcome.PARTLY_ANSWERED, 0.7, said.get(Kind.NCND), sections);
            return new Verdict(Outcome.NCND, best.get(Kind.NCND), said.get(Kind.NCND), sections);
        }
        List<String> withheld = exemptions.isEmpty() ? withheldElsewhere(elsewhere, law) : withheld(exemptions, law);
        double partly = best.getOrDefault(Kind.PARTLY, 0.0);
        boolean answered = best.containsKey(Kind.ANSWER) || best.containsKey(Kind.FIGURES) || best.containsKey(Kind.PUBLISHED);
        if (partly >= 0.8 || partly >= 0.6 && answered) {
            return new Verdict(Outcome.PARTLY_ANSWERED, partly, said.get(Kind.PARTLY), withheld);
        }
        if (best.getOrDefault(Kind.EXEMPT, 0.0) >= 0.7) {
            boolean onlyPublished = !exemptions.isEmpty() && withheld(exemptions, law).isEmpty();
            if (onlyPublished || best.containsKey(Kind.PUBLISHED) && exemptions.isEmpty()) {
                return new Verdict(Outcome.ANSWERED, 0.7, text(said, Kind.PUBLISHED, said.get(Kind.EXEMPT)), List.of());
            }
            double confidence = exemptions.isEmpty() && withheld.isEmpty() ? 0.6 : best.get(Kind.EXEMPT);
            if (partlyDisclosed) return new Verdict(Outcome.PARTLY_ANSWERED, 0.7, said.get(Kind.EXEMPT), withheld);
            return new Verdict(Outcome.EXEMPT, confidence, said.get(Kind.EXEMPT), withheld);
        }
        if (best.getOrDefault(Kind.NOT_HELD, 0.0) >= 0.7) {
            if (partlyDisclosed) return new Verdict(Outcome.PARTLY_ANSWERED, 0.7, said.get(Kind.NOT_HELD), List.of());
            return new Verdict(Outcome.NOT_HELD, best.get(Kind.NOT_HELD), said.get(Kind.NOT_HELD), List.of());
        }
        if (best.containsKey(Kind.PUBLISHED)) return new Verdict(Outcome.ANSWERED, 0.75, said.get(Kind.PUBLISHED), List.of());
        if (best.containsKey(Kind.FIGURES)) return new Verdict(Outcome.ANSWERED, best.get(Kind.FIGURES) + 0.1, said.get(Kind.FIGURES), List.of());
        if (best.containsKey(Kind.ANSWER)) return new Verdict(Outcome.ANSWERED, 0.6, said.get(Kind.ANSWER), List.of());
        if (!exemptions.isEmpty()) {
            // A section cited with no words around it, e.g. a heading "Section 31(3) Law Enforcement".
            boolean ncnd = cited.stream().anyMatch(Citation::ncnd);
            return new Verdict(ncnd ? Outcome.NCND : Outcome.EXEMPT, 0.55, citingAny(scope), exemptions);
        }
        return null;
    }

    private static Verdict refusal(Outcome o, Map<Kind, Double> best, Map<Kind, String> said, Kind kind, List<String> sections, String citing) {
        double w = best.getOrDefault(kind, 0.0);
        return new Verdict(o, Math.max(w, 0.7), w > 0 ? said.get(kind) : citing, sections);
    }

    private static String text(Map<Kind, String> said, Kind kind, String otherwise) {
        return said.getOrDefault(kind, otherwise);
    }

    private static boolean has(List<Citation> cited, String section) {
        return cited.stream().anyMatch(c -> c.section().equals(section));
    }

    /** The citations of one section (e.g. 12), from the group or else from elsewhere in the reply. */
    private static List<String> only(List<Citation> cited, List<Citation> elsewhere, String section) {
        List<String> here = names(cited.stream().filter(c -> c.section().equals(section)).toList());
        return !here.isEmpty() ? here : names(elsewhere.stream().filter(c -> c.section().equals(section)).toList());
    }

    /** Sections that withhold or NCND: not the refusal grounds (12, 14). */
    private static List<String> exemptions(List<Citation> cited) {
        return names(cited.stream().filter(c -> !c.section().equals("12") && !c.section().equals("14")).toList());
    }

    /** Without the "otherwise accessible" section (FOIA 21, FOISA 25): pointing to published information is an answer. */
    private static List<String> withheld(List<String> exemptions, Law law) {
        String published = law == Law.FOISA ? "25" : "21";
        return exemptions.stream().filter(s -> !baseOf(s).equals(published)).toList();
    }

    private static List<String> ncndElsewhere(List<Citation> elsewhere, Law law) {
        List<String> all = exemptions(elsewhere);
        boolean anyNcnd = elsewhere.stream().anyMatch(Citation::ncnd);
        return anyNcnd ? withheld(all, law) : List.of();
    }

    private static List<String> withheldElsewhere(List<Citation> elsewhere, Law law) {
        return withheld(exemptions(elsewhere.stream().filter(c -> !c.ncnd()).toList()), law);
    }

    static List<String> names(List<Citation> citations) {
        Set<String> out = new LinkedHashSet<>();
        citations.forEach(c -> out.add(c.cited()));
        return Sections.tidy(out);
    }

    private static String citing(List<Scored> scope, String section) {
        return scope.stream().filter(s -> s.citations().stream().anyMatch(c -> c.section().equals(section)))
                .map(Scored::text).findFirst().orElse(null);
    }

    private static String citingAny(List<Scored> scope) {
        return scope.stream().filter(s -> !s.citations().isEmpty()).map(Scored::text).findFirst().orElse(null);
    }

    private static String baseOf(String cited) {
        int b = cited.indexOf('(');
        return b < 0 ? cited : cited.substring(0, b);
    }
}
