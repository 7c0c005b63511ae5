package org.roundrobin.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A law's definition of a working day, and counting with it.
 * <ul>
 * <li>FOIA s.10(6): not a Saturday, Sunday, Christmas Day, Good Friday, nor a bank holiday under the
 * Banking and Financial Dealings Act 1971 in any part of the UK (the union of the three lists).</li>
 * <li>FOISA s.73: not a Saturday, Sunday, Christmas Day, nor a bank holiday in Scotland. Good Friday is
 * one (1971 Act Sch.1 para.2); Easter Monday and the late-August holiday are not.</li>
 * </ul>
 * Christmas Day and Good Friday are excluded by rule, even if a holiday list lacked them.
 */
public final class WorkingDays {

    private static final Map<Law, WorkingDays> BY_LAW = new EnumMap<>(Law.class);

    static {
        for (Law law : Law.values()) {
            BY_LAW.put(law, new WorkingDays(law, null));
        }
    }

    private final Law law;
    private final UkBankHolidays lists; // null: the shared lists, looked up when first needed

    /** Package-private so tests can count with other holiday lists. */
    WorkingDays(Law law, UkBankHolidays lists) {
        this.law = Objects.requireNonNull(law, "law");
        this.lists = lists;
    }

    public static WorkingDays of(Law law) {
        return BY_LAW.get(Objects.requireNonNull(law, "law"));
    }

    public Law law() {
        return law;
    }

    public boolean isWorkingDay(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 25) {
            return false;
        }
        if (d.equals(Easter.goodFriday(d.getYear()))) {
            return false;
        }
        return !bankHolidays(d.getYear()).contains(d);
    }

    /**
     * The n-th working day after {@code start}: "the twentieth working day following the date of receipt".
     * Day 1 is the first working day after start; start itself never counts and may be a non-working day.
     * n == 0 returns start unchanged.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The number of working days in (fromExclusive, toInclusive]: how many working days have passed since
     * {@code fromExclusive} by the end of {@code toInclusive}. If to is before from, the negative of the
     * reverse count; 0 if equal. So {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The Monday-to-Friday days of a year that are not working days under this law, sorted; for display and tests. */
    public Set<LocalDate> nonWorkingWeekdays(int year) {
        Set<LocalDate> result = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isWorkingDay(d)) {
                result.add(d);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    private Set<LocalDate> bankHolidays(int year) {
        UkBankHolidays source = lists == null ? UkBankHolidays.get() : lists;
        return law == Law.FOISA ? source.of(UkBankHolidays.Nation.SCOTLAND, year) : source.anyNation(year);
    }
}
