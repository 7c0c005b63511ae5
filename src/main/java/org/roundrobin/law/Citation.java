package org.roundrobin.law;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section as an authority cited it, resolved against a law's catalogue.
 *
 * @param cited     normalised citation, e.g. "31(3)", "30(1)(a)", "40(5B)", "22A"
 * @param exemption the section cited
 * @param ncnd      whether the citation invokes a neither-confirm-nor-deny provision
 */
public record Citation(String cited, Exemption exemption, boolean ncnd) {

    // A leading "section", "sect.", "sec.", "s.", "s" or "§", with or without a space after it.
    private static final Pattern PREFIX = Pattern.compile("^(section|sect\\.?|sec\\.?|s\\.?|§)\\s*");
    // Whitespace next to a bracket is allowed ("31 (3)"); anywhere else it makes the text not a citation.
    private static final Pattern SPACE_BY_BRACKET = Pattern.compile("\\s*([()])\\s*");
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3})([a-z]?)((?:\\([0-9a-z]{1,6}\\))*)");
    private static final Pattern PART = Pattern.compile("\\(([0-9a-z]+)\\)");

    public Citation {
        Objects.requireNonNull(cited, "cited");
        Objects.requireNonNull(exemption, "exemption");
        if (!cited.equals(exemption.section()) && !cited.startsWith(exemption.section() + "(")) {
            throw new IllegalArgumentException("Citation " + cited + " is not of section " + exemption.section());
        }
    }

    /** The base section, e.g. "31" for "31(3)". */
    public String section() {
        return exemption.section();
    }

    /**
     * Normalises citation text: "S. 40(5)(b)(i)" to "40(5)(b)(i)", "section 31 (3)" to "31(3)", "22a" to
     * "22A", "40(5b)" to "40(5B)". Numbered subsections keep an upper-case letter (5A), lettered and roman
     * paragraphs are lower case ((a), (ii)). Empty if the text is not shaped like a citation.
     */
    static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        s = PREFIX.matcher(s).replaceFirst("");
        s = SPACE_BY_BRACKET.matcher(s).replaceAll("$1");
        s = s.replaceAll("[.,;:]+$", "");
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder()
                .append(Integer.parseInt(m.group(1)))
                .append(m.group(2).toUpperCase(Locale.ROOT));
        Matcher part = PART.matcher(m.group(3));
        while (part.find()) {
            String p = part.group(1);
            out.append('(').append(Character.isDigit(p.charAt(0)) ? p.toUpperCase(Locale.ROOT) : p).append(')');
        }
        return Optional.of(out.toString());
    }

    /** The base section of a normalised citation: "40(5B)" to "40". */
    static String baseOf(String normalised) {
        int bracket = normalised.indexOf('(');
        return bracket < 0 ? normalised : normalised.substring(0, bracket);
    }
}
