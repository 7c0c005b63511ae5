package org.roundrobin.law;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One correction to jollyday's UK bank holidays, read from {@code uk-bank-holiday-overrides.csv}:
 * {@code date,nations,action,reason}. Lines starting with {@code #} and blank lines are skipped;
 * nations are {@code all} or codes joined by {@code ;} (eng, sct, nir); the reason may contain commas.
 * Plain JDK parsing: the file is tiny and law takes no CSV library.
 */
public record HolidayOverride(LocalDate date, Set<UkBankHolidays.Nation> nations, Action action, String reason) {

    public enum Action { ADD, REMOVE }

    public HolidayOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        if (nations == null || nations.isEmpty()) {
            throw new IllegalArgumentException("An override needs at least one nation: " + date);
        }
        nations = Set.copyOf(nations);
        reason = reason == null ? "" : reason.strip();
    }

    public boolean appliesTo(UkBankHolidays.Nation nation) {
        return nations.contains(nation);
    }

    /**
     * Parses the file's lines. {@code origin} names the file in error messages.
     *
     * @throws IllegalArgumentException naming the line that is wrong and why
     */
    static List<HolidayOverride> parse(List<String> lines, String origin) {
        List<HolidayOverride> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                result.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(result);
    }

    private static HolidayOverride parseLine(String line) {
        String[] cells = line.split(",", 4);
        if (cells.length < 3) {
            throw new IllegalArgumentException("expected date,nations,action,reason but got '" + line + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + cells[0].strip() + "' is not yyyy-mm-dd");
        }
        return new HolidayOverride(date, nations(cells[1]), action(cells[2]), cells.length == 4 ? cells[3] : "");
    }

    private static Set<UkBankHolidays.Nation> nations(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return EnumSet.allOf(UkBankHolidays.Nation.class);
        }
        Set<UkBankHolidays.Nation> nations = EnumSet.noneOf(UkBankHolidays.Nation.class);
        for (String code : text.split(";")) {
            nations.add(UkBankHolidays.Nation.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "nation '" + code.strip() + "' is not one of all, eng, sct, nir")));
        }
        return nations;
    }

    private static Action action(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "add" -> Action.ADD;
            case "remove" -> Action.REMOVE;
            default -> throw new IllegalArgumentException("action '" + cell.strip() + "' is not add or remove");
        };
    }
}
