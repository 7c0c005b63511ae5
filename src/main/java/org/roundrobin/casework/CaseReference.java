package org.roundrobin.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.roundrobin.law.Regulator;

/**
 * A regulator's case reference in one of the formats the regulators use (domain.md): the ICO's FOIA
 * {@code FS50} and EIR {@code FER0} numbers and its current {@code IC-} references; the Scottish Information
 * Commissioner's case numbers and decision numbers. Read case-insensitively, kept upper case.
 */
public record CaseReference(String text, Format format) {

    public enum Format {
        ICO_FOIA(Regulator.ICO, "FS50\\d{6}", "FS50 and six digits (FS50739797)"),
        ICO_EIR(Regulator.ICO, "FER0\\d{6}", "FER0 and six digits (FER0712345)"),
        ICO_CASE(Regulator.ICO, "IC-\\d{4,8}-[A-Z0-9]{4}", "IC-, digits, - and four letters or digits (IC-177886-B5H5)"),
        SIC_CASE(Regulator.SCOTTISH_INFORMATION_COMMISSIONER, "(19|20)\\d{7}", "a nine-digit case number (202401665)"),
        SIC_DECISION(Regulator.SCOTTISH_INFORMATION_COMMISSIONER, "\\d{3}/(19|20)\\d{2}", "a decision number NNN/YYYY (045/2018)");

        public final Regulator regulator;
        private final Pattern pattern;
        public final String description;

        Format(Regulator regulator, String regex, String description) {
            this.regulator = regulator;
            this.pattern = Pattern.compile(regex);
            this.description = description;
        }
    }

    public Regulator regulator() {
        return format.regulator;
    }

    public static Optional<CaseReference> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (f.pattern.matcher(t).matches()) return Optional.of(new CaseReference(t, f));
        }
        return Optional.empty();
    }

    /** The formats a regulator uses, for error messages. */
    public static String formatsOf(Regulator regulator) {
        List<String> list = java.util.Arrays.stream(Format.values()).filter(f -> f.regulator == regulator).map(f -> f.description).toList();
        return regulator.shortName() + ": " + String.join("; ", list);
    }

    public static String allFormats() {
        return formatsOf(Regulator.ICO) + ". " + formatsOf(Regulator.SCOTTISH_INFORMATION_COMMISSIONER);
    }
}
