package org.roundrobin.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;

/**
 * Finds the sections a reply cites, in the forms letters use ("section 31(3)", "s.31(3)", "s31(3)", "Sections
 * 24(2) and 31(3)", "sections 34(1)(b), 35(1)(a) & (b)") and normalises each to its subsection ("30(1)(a)(b)"
 * becomes "30(1)") through the law's catalogue, which leaves out what is not an exemption or refusal ground
 * (s.1 the general right, s.16 advice, s.17 refusal notices, review and appeal sections).
 * Not counted: a section of another statute ("section 34 of the Data Protection Act 2018", "Data Protection Act
 * 2018 section 40", "section 28 of that Act") and a descriptive range ("sections 28 to 35").
 */
final class Citations {

    /** A citation found in the text, with where it stands. */
    record Found(Citation citation, int start, int end) {
        String cited() {
            return citation.cited();
        }
    }

    // "section", "sections", "sect.", "sec.", "ss.", "s." or a bare "s" glued to the number; not the "s" of "it's".
    private static final Pattern HEAD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’])(?:sections?|sect\\.|sec\\.|ss\\.?|s\\.|s(?=\\d))\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE = Pattern.compile("(\\d{1,3}[A-Za-z]?)(?![\\d,.]\\d)((?:\\s?\\(\\s?[0-9A-Za-z]{1,5}\\s?\\))*)");
    // After a citation: a bare paragraph continuing it ("& (b)"), a separator before the next, or a range.
    private static final Pattern CONTINUATION = Pattern.compile("\\s*(?:,|and|&|or)?\\s*\\(\\s?[0-9A-Za-z]{1,5}\\s?\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*and|,\\s*or|and/or|,|and|&|/|or)\\s*(?:s\\.|section\\s)?\\s*(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("\\s*(?:to|-|–)\\s*\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_ACT_AFTER = Pattern.compile(
            "\\s*,?\\s*(?:of|under|in)\\s+(?:the\\s+|that\\s+)?((?:\\(?[A-Z][\\w'’]*\\)?\\s+(?:and\\s+|of\\s+|for\\s+|the\\s+)*){0,8}Act|[A-Z]{2,6}\\b|UK GDPR)");
    private static final Pattern OTHER_ACT_BEFORE = Pattern.compile("([A-Z][\\w()’']*(?:\\s+(?:[A-Z][\\w()’']*|and|of|for|the))*)\\s+Act(?:\\s+\\d{4})?\\s*[,(]?\\s*$");
    private static final Pattern FOI_NAME = Pattern.compile("freedom of information|^(?:foi|foia|foisa|foi\\(s\\)a|the act|act)$", Pattern.CASE_INSENSITIVE);

    private Citations() {
    }

    /** Every citation in the text, in order of appearance (duplicates kept). */
    static List<Found> find(String text, Law law) {
        List<Found> found = new ArrayList<>();
        Matcher head = HEAD.matcher(text);
        int from = 0;
        while (from < text.length() && head.find(from)) {
            int start = head.start();
            int at = head.end();
            from = at;
            List<Found> list = new ArrayList<>();
            boolean range = false;
            Matcher one = at(ONE, text, at);
            while (one.lookingAt()) {
                String cited = truncate(one.group(1) + one.group(2).replaceAll("\\s", ""));
                int end = one.end();
                law.exemptions().lookup(cited).ifPresent(c -> list.add(new Found(c, start, end)));
                at = end;
                for (Matcher more = at(CONTINUATION, text, at); more.lookingAt(); more = at(CONTINUATION, text, at)) {
                    at = more.end();
                }
                if (at(RANGE, text, at).lookingAt()) {
                    range = true;
                    break;
                }
                Matcher sep = at(SEPARATOR, text, at);
                if (!sep.lookingAt()) break;
                at = sep.end();
                one = at(ONE, text, at);
            }
            from = Math.max(from, at);
            if (list.isEmpty() || range || otherStatute(text, start, at)) continue;
            found.addAll(list);
        }
        return found;
    }

    private static Matcher at(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** "30(1)(a)(b)" to "30(1)": the section and its numbered subsection; paragraphs are dropped. */
    static String truncate(String citation) {
        Matcher m = Pattern.compile("^(\\d{1,3}[A-Za-z]?)(\\(\\d[0-9A-Za-z]*\\))?").matcher(citation);
        if (!m.find()) return citation;
        return m.group(1) + (m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT));
    }

    private static boolean otherStatute(String text, int start, int end) {
        Matcher after = OTHER_ACT_AFTER.matcher(text).region(end, text.length());
        if (after.lookingAt()) {
            String name = after.group(1).strip();
            boolean thatAct = text.substring(end, after.end()).matches("(?s).*\\bthat\\s+Act$");
            if (thatAct || !FOI_NAME.matcher(name).find()) return true;
        }
        String before = text.substring(Math.max(0, start - 80), start);
        Matcher b = OTHER_ACT_BEFORE.matcher(before);
        return b.find() && !FOI_NAME.matcher(b.group(1)).find();
    }
}
