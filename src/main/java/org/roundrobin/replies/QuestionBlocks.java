package org.roundrobin.replies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the questions a reply repeats ("1.", "Q1", "Question 1:", "a)", "(b)") and the lines each one's answer
 * covers. The numbering must run 1, 2, 3... within the campaign's number of questions. When the run is only the
 * request quoted back (every block but the last is a bare question), the answers are in the prose after it.
 */
final class QuestionBlocks {

    /** Question {@code number}'s lines [from, to). */
    record Block(int number, int from, int to) {
    }

    /** The blocks found, whether they only quote the questions, and the lines outside them. */
    record Layout(List<Block> blocks, boolean quoteOnly) {
        boolean isEmpty() {
            return blocks.isEmpty();
        }

        Block block(int number) {
            return blocks.stream().filter(b -> b.number == number).findFirst().orElse(null);
        }
    }

    private enum Kind { QUESTION, NUMBER, LETTER }

    private record Marker(Kind kind, int number, int line) {
    }

    private static final Pattern QUESTION = Pattern.compile("^(?:q|question)\\s*\\.?\\s*(\\d{1,2})(?!\\d)(?:\\s*[.):\\-]|\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\s*[.)](?!\\d)(?:\\s|$)");
    private static final Pattern LETTER = Pattern.compile("^(?:\\(([a-h])\\)|([a-h])[.)])(?:\\s|$)");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:yours (?:sincerely|faithfully)|kind regards|regards|best wishes|if you are (?:not |dis)?(?:satisfied|unhappy|happy)|should you|your right|right of|complaint|rights|"
                    + "please (?:note that this|see the attached sheet)|the information supplied|copyright|public interest|harm|evidence of harm|balance|factors|"
                    + "reasons? for|decision|section 1[67]\\b|advice and assistance|your attention is drawn|no inference|this (?:should|response should) not be taken)",
            Pattern.CASE_INSENSITIVE);

    private QuestionBlocks() {
    }

    static Layout find(List<String> lines, int questions) {
        if (questions == 1) return new Layout(List.of(), false);
        List<Marker> markers = markers(lines);
        List<Marker> best = List.of();
        for (Kind kind : Kind.values()) {
            for (List<Marker> run : runs(markers, kind)) {
                boolean fits = run.size() >= 2 && (questions <= 0 ? run.size() <= 30 : run.size() <= questions);
                if (fits && run.size() >= best.size()) best = run;
            }
        }
        if (best.isEmpty()) return new Layout(List.of(), false);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            int to = i + 1 < best.size() ? best.get(i + 1).line : lines.size();
            blocks.add(new Block(best.get(i).number, best.get(i).line, to));
        }
        boolean quoteOnly = blocks.subList(0, blocks.size() - 1).stream().allMatch(b -> bareQuestion(lines, b));
        Block last = blocks.get(blocks.size() - 1);
        blocks.set(blocks.size() - 1, new Block(last.number, last.from, endOfLast(lines, blocks, quoteOnly)));
        return new Layout(List.copyOf(blocks), quoteOnly);
    }

    /** The marker ("Q1", "1.", "a)") at the start of a line, removed: what the line says. */
    static String withoutMarker(String line) {
        for (Pattern p : List.of(QUESTION, NUMBER, LETTER)) {
            Matcher m = p.matcher(line);
            if (m.find()) return line.substring(m.end()).strip();
        }
        return line.replaceFirst("(?i)^(?:a|answer|response|reply)\\s*\\d{0,2}\\s*[.:)\\-]?\\s+", "").strip();
    }

    private static List<Marker> markers(List<String> lines) {
        List<Marker> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher q = QUESTION.matcher(line);
            Matcher n = NUMBER.matcher(line);
            Matcher l = LETTER.matcher(line);
            if (q.find()) out.add(new Marker(Kind.QUESTION, Integer.parseInt(q.group(1)), i));
            else if (n.find()) out.add(new Marker(Kind.NUMBER, Integer.parseInt(n.group(1)), i));
            else if (l.find()) {
                String letter = l.group(1) != null ? l.group(1) : l.group(2);
                out.add(new Marker(Kind.LETTER, letter.toLowerCase(Locale.ROOT).charAt(0) - 'a' + 1, i));
            }
        }
        return out;
    }

    /** Runs 1, 2, 3... of one kind of marker; a new 1 starts a new run, other numbers are skipped. */
    private static List<List<Marker>> runs(List<Marker> markers, Kind kind) {
        List<List<Marker>> runs = new ArrayList<>();
        List<Marker> current = null;
        for (Marker m : markers) {
            if (m.kind != kind) continue;
            if (m.number == 1) {
                current = new ArrayList<>();
                runs.add(current);
                current.add(m);
            } else if (current != null && m.number == current.get(current.size() - 1).number + 1) {
                current.add(m);
            }
        }
        return runs;
    }

    /** A block that only repeats the question: one or two sentences that ask, and no signal of an answer. */
    private static boolean bareQuestion(List<String> lines, Block b) {
        List<String> body = new ArrayList<>(lines.subList(b.from, b.to));
        body.set(0, withoutMarker(body.get(0)));
        List<Sentences.Sentence> sentences = Sentences.of(body, 0, body.size());
        if (sentences.size() > 2) return false;
        return sentences.stream().allMatch(s -> Signals.of(s.text()).isEmpty());
    }

    private static int endOfLast(List<String> lines, List<Block> blocks, boolean quoteOnly) {
        Block last = blocks.get(blocks.size() - 1);
        int firstBreak = last.to;
        for (int i = last.from + 1; i < last.to; i++) {
            if (lines.get(i).isEmpty()) {
                firstBreak = i;
                break;
            }
        }
        if (quoteOnly) {
            return lines.get(last.from).endsWith("?") ? last.from + 1 : firstBreak;
        }
        Set<String> headingsInBlocks = new HashSet<>();
        for (Block b : blocks.subList(0, blocks.size() - 1)) {
            for (int i = b.from + 1; i < b.to; i++) {
                if (Sentences.looksLikeHeading(lines.get(i))) headingsInBlocks.add(lines.get(i).toLowerCase(Locale.ROOT));
            }
        }
        for (int i = firstBreak; i < last.to; i++) {
            String line = lines.get(i);
            boolean startsParagraph = i > 0 && lines.get(i - 1).isEmpty() || i == firstBreak;
            if (line.isEmpty() || !startsParagraph) continue;
            boolean newHeading = Sentences.looksLikeHeading(line) && !headingsInBlocks.contains(line.toLowerCase(Locale.ROOT));
            if (newHeading || CLOSING.matcher(line).find()) return i;
        }
        return last.to;
    }
}
