package org.roundrobin.replies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reply's text as clean lines: typography normalised, page furniture dropped, and the quoted original
 * message cut off (a reply email usually carries the request below it, and a request says things like "if the
 * information is not held" that must not be read as the answer).
 */
final class ReplyLines {

    private static final Pattern QUOTE_START = Pattern.compile(
            "^(?:-{2,}\\s*(?:Original Message|Forwarded message)\\s*-{2,}|_{10,}|On .{6,200}wrote:|.{0,80}<[^>]+@[^>]+> wrote:)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^From:\\s*\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("^(?:Sent|Date|To):\\s*\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:page\\s+\\d+(?:\\s+of\\s+\\d+)?|\\d{1,2}|official(?:[- ]sensitive)?|not protectively marked|restricted)$",
            Pattern.CASE_INSENSITIVE);

    private ReplyLines() {
    }

    /** Normalised lines; blank lines kept (as "") because they separate paragraphs. */
    static List<String> of(String text) {
        String s = normalise(text);
        String[] raw = s.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        int content = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (content > 0 && isQuoteStart(raw, i)) break;
            if (line.startsWith(">")) continue;
            if (FURNITURE.matcher(line).matches()) line = "";
            if (!line.isEmpty()) content++;
            lines.add(line);
        }
        return lines;
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return s.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').replace('\t', ' ')
                .replaceAll("[\u2018\u2019\u201b\u2032]", "'").replaceAll("[\u201c\u201d\u201e\u2033]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-")
                .replaceAll("[\u2022\u25cf\u25aa\u2023\u2043\uf0b7]", "-")
                .replaceAll("[\u200b\u200c\u200d\ufeff]", "")
                .replaceAll(" {2,}", " ");
    }

    private static boolean isQuoteStart(String[] raw, int i) {
        String line = raw[i].strip();
        if (QUOTE_START.matcher(line).matches()) return true;
        if (OUTLOOK_FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(raw.length, i + 4); j++) {
                if (OUTLOOK_NEXT.matcher(raw[j].strip()).matches()) return true;
            }
        }
        return false;
    }
}
