package org.roundrobin.law;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

import org.roundrobin.law.UkBankHolidays.Nation;

/**
 * UK bank holidays from the rules, written independently of jollyday and of the main code, to check them.
 * Substitutes: a holiday at a weekend, or on a day another holiday already took, moves to the next free
 * weekday (so Christmas on Saturday gives Mon 27 and Tue 28; 1 January on Sunday in Scotland gives
 * Mon 2 and Tue 3).
 */
final class IndependentBankHolidays {

    private IndependentBankHolidays() {
    }

    static Set<LocalDate> of(Nation nation, int year) {
        Set<LocalDate> days = new TreeSet<>();
        boolean scotland = nation == Nation.SCOTLAND;
        observe(days, LocalDate.of(year, 1, 1));
        if (scotland) {
            observe(days, LocalDate.of(year, 1, 2));
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            observe(days, LocalDate.of(year, 3, 17));   // St Patrick's Day
            observe(days, LocalDate.of(year, 7, 12));   // Battle of the Boyne
        }
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));                  // Good Friday, everywhere
        if (!scotland) {
            days.add(easter.plusDays(1));               // Easter Monday, not in Scotland
        }
        days.add(earlyMay(year));
        days.add(spring(year));
        days.add(scotland ? first(MONDAY, year, Month.AUGUST) : last(MONDAY, year, Month.AUGUST));
        if (scotland && year >= 2007) {                 // St Andrew's Day (Bank Holiday) (Scotland) Act 2007
            observe(days, LocalDate.of(year, 11, 30));
        }
        observe(days, LocalDate.of(year, 12, 25));
        observe(days, LocalDate.of(year, 12, 26));
        days.addAll(oneOffs(nation, year));
        return days;
    }

    static Set<LocalDate> anyNation(int year) {
        Set<LocalDate> all = new TreeSet<>();
        for (Nation n : Nation.values()) {
            all.addAll(of(n, year));
        }
        return all;
    }

    /** Easter Sunday, anonymous Gregorian algorithm, written out again for the test. */
    static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(y, n / 31, n % 31 + 1);
    }

    private static LocalDate earlyMay(int year) {
        return year == 2020 ? LocalDate.of(2020, 5, 8) : first(MONDAY, year, Month.MAY);  // VE Day 75
    }

    private static LocalDate spring(int year) {
        return switch (year) {
            case 2002 -> LocalDate.of(2002, 6, 4);      // Golden Jubilee
            case 2012 -> LocalDate.of(2012, 6, 4);      // Diamond Jubilee
            case 2022 -> LocalDate.of(2022, 6, 2);      // Platinum Jubilee
            default -> last(MONDAY, year, Month.MAY);
        };
    }

    private static Set<LocalDate> oneOffs(Nation nation, int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate d : Set.of(LocalDate.of(2002, 6, 3), LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 5),
                LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8))) {
            if (d.getYear() == year) {
                days.add(d);
            }
        }
        if (nation == Nation.SCOTLAND && year == 2026) {
            days.add(LocalDate.of(2026, 6, 15));        // FIFA World Cup holiday, Scottish Government
        }
        return days;
    }

    private static void observe(Set<LocalDate> days, LocalDate nominal) {
        LocalDate d = nominal;
        while (d.getDayOfWeek() == SATURDAY || d.getDayOfWeek() == SUNDAY || days.contains(d)) {
            d = d.plusDays(1);
        }
        days.add(d);
    }

    private static LocalDate first(DayOfWeek dow, int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(dow));
    }

    private static LocalDate last(DayOfWeek dow, int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dow));
    }
}
