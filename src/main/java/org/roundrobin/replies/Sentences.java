package org.roundrobin.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits lines into sentences: wrapped lines of a paragraph are joined, while a heading, a list item, a table
 * row or a "label: figure" line stays a sentence of its own (letters lay answers out that way).
 */
final class Sentences {

    /** A sentence, the line it starts on and its paragraph (paragraphs are separated by blank lines). */
    record Sentence(String text, int line, int paragraph) {
    }

    private static final Pattern END = Pattern.compile("[.!?:;]\"?$");
    private static final Pattern ITEM = Pattern.compile("^(?:\\(?[a-z0-9]{1,3}[.)]|q(?:uestion)?\\s*\\.?\\s*\\d|a(?:nswer)?\\s*\\d|-\\s|\\|)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA = Pattern.compile("^[^.?!]{1,60}:\\s*£?\\s*[\\d,.]+%?(?:\\s.*)?$|.*\\|.*");
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[\"')]?\\s+(?=[\"'(]?[A-Z0-9£])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:s|ss|sec|sect|no|nos|e\\.g|i\\.e|etc|mr|mrs|ms|dr|st|ref|para|paras|approx|ltd|co|vs|cf|art|reg|p|pp|inc)|\\b[A-Z])\\.$",
            Pattern.CASE_INSENSITIVE);

    static final int MAX = 600;

    private Sentences() {
    }

    static List<Sentence> of(List<String> lines, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        int unitLine = from;
        int paragraph = 0;
        int unitParagraph = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) paragraph++;
            boolean breakBefore = line.isEmpty() || unit.isEmpty() || standsAlone(line) || standsAlone(previous(lines, i))
                    || looksLikeHeading(previous(lines, i));
            if (breakBefore && !unit.isEmpty()) {
                split(unit.toString(), unitLine, unitParagraph, out);
                unit.setLength(0);
            }
            if (line.isEmpty()) continue;
            if (unit.isEmpty()) {
                unitLine = i;
                unitParagraph = from * 10_000 + paragraph;
            }
            else unit.append(' ');
            unit.append(line);
        }
        if (!unit.isEmpty()) split(unit.toString(), unitLine, unitParagraph, out);
        return out;
    }

    private static String previous(List<String> lines, int i) {
        return i > 0 ? lines.get(i - 1) : "";
    }

    private static boolean standsAlone(String line) {
        return !line.isEmpty() && (ITEM.matcher(line).find() || DATA.matcher(line).matches());
    }

    /** A short line without closing punctuation, e.g. "Public Interest Test" or "Response". */
    static boolean looksLikeHeading(String line) {
        return !line.isEmpty() && line.length() <= 70 && !END.matcher(line).find() && !line.endsWith(",")
                && Character.isUpperCase(line.codePointAt(0)) && line.split("\\s+").length <= 10;
    }

    private static void split(String unit, int line, int paragraph, List<Sentence> out) {
        Matcher m = BOUNDARY.matcher(unit);
        int start = 0;
        while (m.find()) {
            String before = unit.substring(start, m.start()).strip();
            String lastWord = before.substring(before.lastIndexOf(' ') + 1);
            if (ABBREVIATION.matcher(lastWord).find() && !lastWord.endsWith("..")) continue;
            add(before, line, paragraph, out);
            start = m.end();
        }
        add(unit.substring(start), line, paragraph, out);
    }

    /** A run-on "sentence" (a table flattened to one line, a hostile text) is cut into pieces of at most MAX. */
    private static void add(String text, int line, int paragraph, List<Sentence> out) {
        String s = text.strip();
        while (s.length() > MAX) {
            int cut = s.lastIndexOf(' ', MAX);
            if (cut < MAX / 2) cut = MAX;
            out.add(new Sentence(s.substring(0, cut).strip(), line, paragraph));
            s = s.substring(cut).strip();
        }
        if (!s.isEmpty()) out.add(new Sentence(s, line, paragraph));
    }
}
