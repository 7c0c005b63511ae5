package org.roundrobin.law;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as a statute or guideline states it, with where it comes from,
 * so a changed guideline is one edit and every deadline can show its source.
 */
public record Period(int amount, Unit unit, String source) {

    public enum Unit { WORKING_DAYS, CALENDAR_DAYS, WEEKS, MONTHS }

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,6})\\s*([a-z ]+)");

    public Period {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A period cannot be negative: " + amount);
        }
        source = source == null ? "" : source.strip();
    }

    /**
     * The date this period ends when it runs from {@code start}. Working days follow the law's
     * definition (the n-th working day after start); months use {@link LocalDate#plusMonths},
     * so 31 August + 6 months is 28 (or 29) February.
     */
    public LocalDate from(Law law, LocalDate start) {
        Objects.requireNonNull(start, "start");
        return switch (unit) {
            case WORKING_DAYS -> Objects.requireNonNull(law, "law").workingDays().addWorkingDays(start, amount);
            case CALENDAR_DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }

    /** The compact form {@link #parse} reads: "20wd", "35d", "6w", "3m". */
    public String code() {
        return amount + switch (unit) {
            case WORKING_DAYS -> "wd";
            case CALENDAR_DAYS -> "d";
            case WEEKS -> "w";
            case MONTHS -> "m";
        };
    }

    /** For people: "20 working days", "1 month". */
    public String describe() {
        String noun = switch (unit) {
            case WORKING_DAYS -> "working day";
            case CALENDAR_DAYS -> "calendar day";
            case WEEKS -> "week";
            case MONTHS -> "month";
        };
        return amount + " " + noun + (amount == 1 ? "" : "s");
    }

    /**
     * Reads a configured period: a whole number and a unit, "20wd" (working days), "35d" (calendar days),
     * "6w" (weeks), "3m" (months). Spaces and case are ignored; the long words ("20 working days",
     * "6 weeks") are accepted too. The source of the result is "configured".
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Period is empty; " + EXPECTED);
        }
        Matcher m = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Period '" + text + "' is not valid; " + EXPECTED);
        }
        Unit unit = unitOf(m.group(2).replace(" ", ""));
        if (unit == null) {
            throw new IllegalArgumentException(
                    "Period '" + text + "' has an unknown unit '" + m.group(2).strip() + "'; " + EXPECTED);
        }
        return new Period(Integer.parseInt(m.group(1)), unit, "configured");
    }

    private static final String EXPECTED = "expected a whole number followed by wd (working days), "
            + "d (calendar days), w (weeks) or m (months), e.g. 20wd, 35d, 6w, 3m";

    private static Unit unitOf(String word) {
        return switch (word) {
            case "wd", "workingday", "workingdays" -> Unit.WORKING_DAYS;
            case "d", "day", "days", "calendarday", "calendardays" -> Unit.CALENDAR_DAYS;
            case "w", "week", "weeks" -> Unit.WEEKS;
            case "m", "month", "months" -> Unit.MONTHS;
            default -> null;
        };
    }
}
