package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.HolidayOverride.Action;
import org.roundrobin.law.UkBankHolidays.Nation;

/** Counting rules and the FOIA/FOISA differences that are not one-off holidays (see OneOffHolidaysTest). */
class WorkingDaysTest {

    private static final WorkingDays FOIA = WorkingDays.of(Law.FOIA);
    private static final WorkingDays FOISA = WorkingDays.of(Law.FOISA);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void oneInstancePerLaw() {
        assertSame(FOIA, Law.FOIA.workingDays());
        assertSame(FOISA, Law.FOISA.workingDays());
        assertEquals(Law.FOISA, FOISA.law());
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(FOIA.isWorkingDay(d(2024, 6, 8)));
        assertFalse(FOISA.isWorkingDay(d(2024, 6, 9)));
        assertTrue(FOIA.isWorkingDay(d(2024, 6, 10)));
        assertTrue(FOISA.isWorkingDay(d(2024, 6, 10)));
    }

    @Test
    void dayOneIsTheFirstWorkingDayAfterReceipt() {
        assertEquals(d(2024, 6, 11), FOIA.addWorkingDays(d(2024, 6, 10), 1));
        assertEquals(d(2024, 6, 10), FOIA.addWorkingDays(d(2024, 6, 7), 1));   // Friday to Monday
    }

    @Test
    void zeroWorkingDaysIsTheStartEvenOnANonWorkingDay() {
        assertEquals(d(2017, 8, 12), FOIA.addWorkingDays(d(2017, 8, 12), 0));
        assertEquals(d(2024, 12, 25), FOISA.addWorkingDays(d(2024, 12, 25), 0));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FOIA.addWorkingDays(d(2024, 1, 1), -1));
    }

    @Test
    void receiptOnASaturdayCountsFromMonday() {
        assertEquals(d(2017, 9, 11), FOIA.addWorkingDays(d(2017, 8, 12), 20));
        assertEquals(d(2017, 9, 11), FOIA.addWorkingDays(d(2017, 8, 13), 20));
    }

    @Test
    void receiptOnABankHolidayCountsFromTheNextWorkingDay() {
        assertEquals(d(2017, 9, 25), FOIA.addWorkingDays(d(2017, 8, 28), 20));  // late-August holiday
        // Received on the Scottish summer holiday; 28 Aug 2023 then counts for FOISA but not for FOIA.
        assertEquals(d(2023, 9, 4), FOISA.addWorkingDays(d(2023, 8, 7), 20));
        assertEquals(d(2023, 9, 5), FOIA.addWorkingDays(d(2023, 8, 7), 20));
    }

    @Test
    void christmasAndNewYearWithWeekendSubstitutes() {
        // Christmas 2021 Sat, Boxing Day Sun: 27 and 28 Dec off; 1 Jan 2022 Sat: 3 Jan off; 2 Jan Sun: 4 Jan off
        // in Scotland, so under FOIA too.
        assertEquals(d(2022, 1, 20), FOIA.addWorkingDays(d(2021, 12, 17), 20));
        assertEquals(d(2022, 1, 20), FOISA.addWorkingDays(d(2021, 12, 17), 20));
        assertFalse(FOIA.isWorkingDay(d(2022, 1, 4)));
        assertTrue(FOIA.isWorkingDay(d(2021, 12, 24)));
        assertTrue(FOIA.isWorkingDay(d(2021, 12, 31)));
    }

    @Test
    void secondOfJanuaryIsScottishButFoiaSkipsItToo() {
        assertEquals(d(2024, 1, 23), FOIA.addWorkingDays(d(2023, 12, 20), 20));
        assertEquals(d(2024, 1, 23), FOISA.addWorkingDays(d(2023, 12, 20), 20));
        assertFalse(FOIA.isWorkingDay(d(2024, 1, 2)));
        assertFalse(FOISA.isWorkingDay(d(2024, 1, 2)));
        assertFalse(UkBankHolidays.get().of(Nation.ENGLAND_WALES, 2024).contains(d(2024, 1, 2)));
    }

    @Test
    void goodFridayIsOffForBothEasterMondayOnlyForFoia() {
        assertFalse(FOIA.isWorkingDay(d(2024, 3, 29)));
        assertFalse(FOISA.isWorkingDay(d(2024, 3, 29)));
        assertFalse(FOIA.isWorkingDay(d(2024, 4, 1)));
        assertTrue(FOISA.isWorkingDay(d(2024, 4, 1)));
        assertEquals(d(2024, 4, 26), FOIA.addWorkingDays(d(2024, 3, 27), 20));
        assertEquals(d(2024, 4, 25), FOISA.addWorkingDays(d(2024, 3, 27), 20));
    }

    @Test
    void stPatricksDayDelaysFoiaButNotFoisa() {
        assertEquals(d(2022, 4, 8), FOIA.addWorkingDays(d(2022, 3, 10), 20));
        assertEquals(d(2022, 4, 7), FOISA.addWorkingDays(d(2022, 3, 10), 20));
    }

    @Test
    void battleOfTheBoyneDelaysFoiaButNotFoisa() {
        assertEquals(d(2023, 7, 18), FOIA.addWorkingDays(d(2023, 7, 10), 5));
        assertEquals(d(2023, 7, 17), FOISA.addWorkingDays(d(2023, 7, 10), 5));
        assertFalse(FOIA.isWorkingDay(d(2021, 7, 12)));
        assertTrue(FOISA.isWorkingDay(d(2021, 7, 12)));
        assertFalse(FOIA.isWorkingDay(d(2020, 7, 13)));   // 12 July 2020 a Sunday
    }

    @Test
    void scottishSummerHolidayIsOffForBothLateAugustOnlyForFoia() {
        assertFalse(FOIA.isWorkingDay(d(2023, 8, 7)));
        assertFalse(FOISA.isWorkingDay(d(2023, 8, 7)));
        assertFalse(FOIA.isWorkingDay(d(2023, 8, 28)));
        assertTrue(FOISA.isWorkingDay(d(2023, 8, 28)));
    }

    @Test
    void stAndrewsDayAndItsSubstituteAreOffForBoth() {
        assertFalse(FOIA.isWorkingDay(d(2023, 11, 30)));
        assertFalse(FOISA.isWorkingDay(d(2023, 11, 30)));
        assertFalse(FOIA.isWorkingDay(d(2024, 12, 2)));
        assertFalse(FOISA.isWorkingDay(d(2024, 12, 2)));
        assertTrue(FOISA.isWorkingDay(d(2006, 11, 30)));  // before the 2007 Act
        assertEquals(d(2023, 12, 1), FOISA.addWorkingDays(d(2023, 11, 29), 1));
    }

    @Test
    void nonWorkingWeekdaysOf2023() {
        Set<LocalDate> foisa = Set.of(d(2023, 1, 2), d(2023, 1, 3), d(2023, 4, 7), d(2023, 5, 1), d(2023, 5, 8),
                d(2023, 5, 29), d(2023, 8, 7), d(2023, 11, 30), d(2023, 12, 25), d(2023, 12, 26));
        Set<LocalDate> foiaOnly = Set.of(d(2023, 3, 17), d(2023, 4, 10), d(2023, 7, 12), d(2023, 8, 28));
        assertEquals(foisa, FOISA.nonWorkingWeekdays(2023));
        Set<LocalDate> foia = new java.util.TreeSet<>(foisa);
        foia.addAll(foiaOnly);
        assertEquals(foia, FOIA.nonWorkingWeekdays(2023));
    }

    @Test
    void foisaNonWorkingDaysAreAlwaysNonWorkingForFoia() {
        for (int year = UkBankHolidays.FIRST_VERIFIED_YEAR; year <= UkBankHolidays.LAST_VERIFIED_YEAR; year++) {
            assertTrue(FOIA.nonWorkingWeekdays(year).containsAll(FOISA.nonWorkingWeekdays(year)), "year " + year);
            for (LocalDate day : FOIA.nonWorkingWeekdays(year)) {
                assertTrue(day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue());
            }
        }
    }

    @Test
    void christmasDayAndGoodFridayAreExcludedEvenIfAListLacksThem() {
        Set<Nation> all = EnumSet.allOf(Nation.class);
        UkBankHolidays holey = new UkBankHolidays(List.of(
                new HolidayOverride(d(2024, 12, 25), all, Action.REMOVE, "test"),
                new HolidayOverride(d(2024, 3, 29), all, Action.REMOVE, "test")));
        assertFalse(holey.anyNation(2024).contains(d(2024, 12, 25)));
        for (Law law : Law.values()) {
            WorkingDays days = new WorkingDays(law, holey);
            assertFalse(days.isWorkingDay(d(2024, 12, 25)), law.name());
            assertFalse(days.isWorkingDay(d(2024, 3, 29)), law.name());
            assertTrue(days.isWorkingDay(d(2024, 12, 27)), law.name());
        }
    }

    @Test
    void workingDaysBetweenCountsTheHalfOpenInterval() {
        assertEquals(20, FOIA.workingDaysBetween(d(2017, 8, 10), d(2017, 9, 8)));
        assertEquals(1, FOIA.workingDaysBetween(d(2024, 6, 7), d(2024, 6, 10)));   // Fri to Mon
        assertEquals(0, FOIA.workingDaysBetween(d(2024, 6, 8), d(2024, 6, 9)));    // Sat to Sun
        assertEquals(0, FOIA.workingDaysBetween(d(2024, 6, 10), d(2024, 6, 10)));
        assertEquals(19, FOISA.workingDaysBetween(d(2017, 8, 10), d(2017, 9, 6)));
    }

    @Test
    void workingDaysBetweenIsAntisymmetric() {
        LocalDate a = d(2023, 12, 15);
        LocalDate b = d(2024, 2, 9);
        for (WorkingDays days : List.of(FOIA, FOISA)) {
            assertEquals(-days.workingDaysBetween(a, b), days.workingDaysBetween(b, a));
            assertTrue(days.workingDaysBetween(a, b) > 0);
        }
    }

    @Test
    void workingDaysBetweenInvertsAddWorkingDays() {
        for (WorkingDays days : List.of(FOIA, FOISA)) {
            for (LocalDate start = d(2000, 1, 1); start.getYear() <= 2035; start = start.plusDays(11)) {
                for (int n : new int[] {0, 1, 5, 20, 40}) {
                    LocalDate end = days.addWorkingDays(start, n);
                    assertEquals(n, days.workingDaysBetween(start, end), days.law() + " " + start + " +" + n);
                    assertTrue(n == 0 || days.isWorkingDay(end), days.law() + " " + start + " +" + n);
                }
            }
        }
    }
}
