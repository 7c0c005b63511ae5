package org.roundrobin.replies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence discloses figures: "2021: 143", "There are 66 charging points", a table row. Numbers that
 * are not disclosures do not count: years, dates, references, section numbers, time limits ("40 working days"),
 * estimates given as reasons for refusing ("approximately 41,000 records"), addresses and phone numbers.
 */
final class Figures {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w/.\\-(])(£\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(%)?(?![\\w/\\-]|\\.\\d|\\(\\w)");
    private static final Pattern DATA_ROW = Pattern.compile("^[^.?!]{1,60}:\\s*£?\\s*[\\d,.]+%?(?:\\s.*)?$|^.*\\|.*\\d.*$");
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern BEFORE_NOT_FIGURE = Pattern.compile(
            "(?:section|sections|s\\.|ss\\.|article|regulation|part|ref|reference|no\\.|number|version|v|chapter|paragraph|para|schedule|page|tel|telephone|phone|fax|room|question|q|questions|point|step|appendix|annex|(?:" + MONTHS + ")[a-z]*|approximately|approx\\.?|around|about|over|more than|in excess of|at least|estimated|estimate of|up to|nearly|almost|circa|c\\.|some|least|than|under|aged|age)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_NOT_FIGURE = Pattern.compile(
            "^\\s*(?:working days?|calendar days?|days?|weeks?|months?|hours?|minutes?|years?|(?:st|nd|rd|th)\\b|(?:" + MONTHS + ")[a-z]*\\b|am\\b|pm\\b|-\\s*\\d|to\\s+\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(?:road|street|avenue|lane|way|drive|close|house|headquarters|po box|tel|telephone|email|e-mail|www|http)\\b|@|\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** 0 when the sentence discloses no figure; 0.8 for a data row, 0.6 for a figure in prose. */
    static double strength(String s) {
        if (ADDRESS.matcher(s).find()) return 0;
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            if (isFigure(s, m)) return DATA_ROW.matcher(s).matches() ? 0.8 : 0.6;
        }
        return 0;
    }

    private static boolean isFigure(String s, Matcher m) {
        boolean money = m.group(1) != null;
        String digits = m.group(2).replace(",", "");
        if (!money && m.group(3) == null && m.group(4) == null && digits.length() == 4
                && (digits.startsWith("19") || digits.startsWith("20"))) return false;
        String before = s.substring(Math.max(0, m.start() - 20), m.start());
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 20));
        if (BEFORE_NOT_FIGURE.matcher(before).find()) return false;
        return !AFTER_NOT_FIGURE.matcher(after).find();
    }
}
