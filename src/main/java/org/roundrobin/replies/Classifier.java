package org.roundrobin.replies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;
import org.roundrobin.replies.QuestionBlocks.Block;
import org.roundrobin.replies.QuestionBlocks.Layout;
import org.roundrobin.replies.Sentences.Sentence;
import org.roundrobin.replies.Suggestion.QuestionSuggestion;
import org.roundrobin.replies.Verdict.Scored;
import org.roundrobin.request.Outcome;

/**
 * Reads a reply's text and suggests its outcome, per question where the reply answers question by question,
 * and the sections it cites. Pure Java: no I/O, no framework, so the API, the pages and tests all call it alike.
 */
public final class Classifier {

    // "question 5", "questions 1-4 and 6", "Q2", "parts a) and b)".
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:questions?|q|parts?)\\s*\\.?\\s*(\\(?(?:\\d{1,2}|[a-h])\\)?(?:\\s*(?:-|to|and|&|,|or)\\s*(?:q\\s*)?\\(?(?:\\d{1,2}|[a-h])\\)?(?![\\w(])){0,20})(?![\\w(])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_REFERENCE = Pattern.compile(
            "^(?:in (?:relation|respect|response|regard|reply) to|with (?:regard|reference|respect) to|regarding|turning to|as regards|for|re:?|concerning|in answer to)?\\s*(?:your\\s+)?(?:questions?|q|parts?)\\s*\\.?\\s*\\(?(?:\\d|[a-h]\\b)",
            Pattern.CASE_INSENSITIVE);

    private Classifier() {
    }

    /**
     * @param text      the reply's text (already extracted from HTML, PDF or Word)
     * @param law       the request's law: sections are read against its catalogue
     * @param questions the campaign's number of questions; 0 when unknown (then the reply's numbering decides)
     */
    public static Suggestion classify(String text, Law law, int questions) {
        List<String> lines = ReplyLines.of(text);
        List<Sentence> sentences = Sentences.of(lines, 0, lines.size());
        if (sentences.isEmpty()) return Suggestion.nothingToRead(true, List.of("The reply has no text to read."));
        Map<Sentence, Scored> scored = new LinkedHashMap<>();
        for (Sentence s : sentences) scored.put(s, score(s.text(), law));
        List<Citation> all = new ArrayList<>();
        scored.values().forEach(s -> all.addAll(s.citations()));
        List<String> sections = Verdict.names(all);

        Layout layout = QuestionBlocks.find(lines, questions);
        if (layout.isEmpty()) {
            Verdict v = Verdict.decide(List.copyOf(scored.values()), all, law);
            Outcome outcome = v == null ? Outcome.ANSWERED : v.outcome();
            double confidence = v == null ? 0.3 : v.confidence();
            List<String> evidence = v == null || v.evidence() == null ? List.of() : List.of(v.evidence());
            List<QuestionSuggestion> perQuestion = questions == 1
                    ? List.of(new QuestionSuggestion(1, outcome, v == null ? List.of() : v.sections(), first(evidence), confidence))
                    : List.of();
            return new Suggestion(outcome, sections, perQuestion, withCitations(evidence, scored.values()), true, confidence, List.of());
        }
        return perQuestion(lines, scored, layout, all, sections, law, questions);
    }

    private static Suggestion perQuestion(List<String> lines, Map<Sentence, Scored> scored, Layout layout, List<Citation> all,
                                          List<String> sections, Law law, int questions) {
        int count = questions > 0 ? questions : layout.blocks().size();
        Map<Integer, List<Scored>> targeted = new LinkedHashMap<>();
        List<Scored> global = new ArrayList<>();
        Map<Integer, List<Scored>> own = new LinkedHashMap<>();
        Set<Integer> paragraphTargets = Set.of();
        int paragraph = -1;
        for (Map.Entry<Sentence, Scored> e : scored.entrySet()) {
            Sentence s = e.getKey();
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphTargets = LEADING_REFERENCE.matcher(s.text()).find() ? references(s.text(), count) : Set.of();
            }
            Set<Integer> refs = new TreeSet<>(references(s.text(), count));
            refs.addAll(paragraphTargets);
            Block block = blockOf(layout, s.line());
            boolean ownOnly = block != null && (refs.isEmpty() || refs.equals(Set.of(block.number())));
            if (ownOnly) {
                own.computeIfAbsent(block.number(), k -> new ArrayList<>()).add(e.getValue());
            } else if (!refs.isEmpty()) {
                refs.forEach(n -> targeted.computeIfAbsent(n, k -> new ArrayList<>()).add(e.getValue()));
            } else if (block == null) {
                global.add(e.getValue());
            }
        }
        Verdict fallback = Verdict.decide(global, all, law);
        List<QuestionSuggestion> out = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            List<Scored> scope = new ArrayList<>(own.getOrDefault(n, List.of()));
            scope.addAll(targeted.getOrDefault(n, List.of()));
            Verdict v = Verdict.decide(scope, all, law);
            Block block = layout.block(n);
            boolean hasAnswerText = block != null && !layout.quoteOnly() && scope.size() > 1;
            if (v != null) {
                out.add(new QuestionSuggestion(n, v.outcome(), v.sections(), v.evidence(), round(v.confidence())));
            } else if (hasAnswerText) {
                out.add(new QuestionSuggestion(n, Outcome.ANSWERED, List.of(), scope.get(scope.size() - 1).text(), 0.55));
            } else if (fallback != null) {
                out.add(new QuestionSuggestion(n, fallback.outcome(), fallback.sections(), fallback.evidence(), round(fallback.confidence() * 0.8)));
            } else {
                out.add(new QuestionSuggestion(n, Outcome.ANSWERED, List.of(), null, 0.35));
            }
        }
        Outcome overall = Outcome.overall(out.stream().map(QuestionSuggestion::outcome).toList());
        double confidence = round(out.stream().mapToDouble(QuestionSuggestion::confidence).average().orElse(0));
        Set<String> evidence = new LinkedHashSet<>();
        out.stream().filter(q -> q.evidence() != null).forEach(q -> evidence.add(q.evidence()));
        return new Suggestion(overall, sections, out, withCitations(new ArrayList<>(evidence), scored.values()), true, confidence, List.of());
    }

    private static Scored score(String sentence, Law law) {
        String text = QuestionBlocks.withoutMarker(sentence);
        boolean asks = Signals.isQuestion(text);
        List<Citation> citations = asks ? List.of() : Citations.find(text, law).stream().map(Citations.Found::citation).toList();
        return new Scored(sentence, Signals.of(text), citations);
    }

    private static Block blockOf(Layout layout, int line) {
        for (Block b : layout.blocks()) {
            if (line >= b.from() && line < b.to()) return b;
        }
        return null;
    }

    /** The question numbers a sentence refers to ("questions 1-4 and 6" = 1, 2, 3, 4, 6), within 1..count. */
    static Set<Integer> references(String sentence, int count) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(sentence);
        while (m.find()) {
            Matcher item = Pattern.compile("(\\d{1,2}|\\b[a-h]\\b)(?:\\s*(?:-|to)\\s*(?:q\\s*)?\\(?(\\d{1,2}|[a-h])\\b)?", Pattern.CASE_INSENSITIVE)
                    .matcher(m.group(1).replaceAll("[()]", " "));
            while (item.find()) {
                int from = number(item.group(1));
                int to = item.group(2) == null ? from : number(item.group(2));
                for (int n = from; n <= to && n - from < 30; n++) {
                    if (n >= 1 && n <= count) out.add(n);
                }
            }
        }
        return out;
    }

    private static int number(String token) {
        char c = Character.toLowerCase(token.charAt(0));
        return Character.isDigit(c) ? Integer.parseInt(token) : c - 'a' + 1;
    }

    /** The evidence, plus the first sentence citing each section the evidence does not already show. */
    private static List<String> withCitations(List<String> evidence, java.util.Collection<Scored> scored) {
        Set<String> out = new LinkedHashSet<>(evidence);
        Set<String> shown = new TreeSet<>();
        for (Scored s : scored) {
            if (out.contains(s.text())) s.citations().forEach(c -> shown.add(c.cited()));
        }
        for (Scored s : scored) {
            if (out.size() >= 6) break;
            if (s.citations().stream().anyMatch(c -> shown.add(c.cited()))) out.add(s.text());
        }
        return new ArrayList<>(out);
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static double round(double d) {
        return Math.round(Math.max(0, Math.min(1, d)) * 100) / 100.0;
    }
}
