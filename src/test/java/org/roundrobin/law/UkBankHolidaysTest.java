package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundrobin.law.UkBankHolidays.Nation;

class UkBankHolidaysTest {

    private final UkBankHolidays holidays = UkBankHolidays.get();

    static IntStream verifiedYears() {
        return IntStream.rangeClosed(UkBankHolidays.FIRST_VERIFIED_YEAR, UkBankHolidays.LAST_VERIFIED_YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedYears")
    void everyNationsListMatchesTheIndependentCalculation(int year) {
        for (Nation nation : Nation.values()) {
            assertEquals(IndependentBankHolidays.of(nation, year), holidays.of(nation, year), nation + " " + year);
        }
        assertEquals(IndependentBankHolidays.anyNation(year), holidays.anyNation(year), "any nation " + year);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedYears")
    void jollydaysWalesListIsEnglands(int year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        assertEquals(dates(manager.getHolidays(Year.of(year), "eng")), dates(manager.getHolidays(Year.of(year), "wls")));
    }

    @Test
    void everyOverrideStillCorrectsJollyday() {
        assertFalse(holidays.overrides().isEmpty());
        for (HolidayOverride o : holidays.overrides()) {
            for (Nation nation : o.nations()) {
                int year = o.date().getYear();
                boolean add = o.action() == HolidayOverride.Action.ADD;
                assertEquals(!add, holidays.jollyday(nation, year).contains(o.date()), "jollyday, " + o);
                assertEquals(add, holidays.of(nation, year).contains(o.date()), "corrected, " + o);
            }
        }
    }

    @Test
    void jollydayDisagreesWithTheRulesOnlyIn2002() {
        List<String> differences = new ArrayList<>();
        for (int year : verifiedYears().toArray()) {
            for (Nation nation : Nation.values()) {
                if (!holidays.jollyday(nation, year).equals(IndependentBankHolidays.of(nation, year))) {
                    differences.add(nation + " " + year);
                }
            }
        }
        assertEquals(List.of("ENGLAND_WALES 2002", "SCOTLAND 2002", "NORTHERN_IRELAND 2002"), differences);
    }

    @Test
    void overrideFileFixesTheGoldenJubileeYear() {
        for (Nation nation : Nation.values()) {
            Set<LocalDate> y2002 = holidays.of(nation, 2002);
            assertTrue(y2002.contains(LocalDate.of(2002, 6, 3)));
            assertTrue(y2002.contains(LocalDate.of(2002, 6, 4)));
            assertFalse(y2002.contains(LocalDate.of(2002, 5, 27)));
        }
    }

    @Test
    void worldCupHolidayIn2026IsScottishOnlyButCountsForFoia() {
        LocalDate worldCup = LocalDate.of(2026, 6, 15);
        assertTrue(holidays.of(Nation.SCOTLAND, 2026).contains(worldCup));
        assertFalse(holidays.of(Nation.ENGLAND_WALES, 2026).contains(worldCup));
        assertFalse(holidays.of(Nation.NORTHERN_IRELAND, 2026).contains(worldCup));
        assertTrue(holidays.anyNation(2026).contains(worldCup));
    }

    @Test
    void nationOnlyHolidaysAreInTheirOwnListAndTheUnion() {
        LocalDate stPatrick = LocalDate.of(2023, 3, 17);
        LocalDate boyne = LocalDate.of(2023, 7, 12);
        LocalDate secondJanuary = LocalDate.of(2023, 1, 3);   // substitute: 1 Jan was a Sunday
        LocalDate stAndrew = LocalDate.of(2023, 11, 30);
        LocalDate scottishSummer = LocalDate.of(2023, 8, 7);
        LocalDate lateSummer = LocalDate.of(2023, 8, 28);
        LocalDate easterMonday = LocalDate.of(2023, 4, 10);
        assertEquals(Set.of(stPatrick, boyne), only(Nation.NORTHERN_IRELAND, 2023, stPatrick, boyne));
        assertEquals(Set.of(secondJanuary, stAndrew, scottishSummer),
                only(Nation.SCOTLAND, 2023, secondJanuary, stAndrew, scottishSummer));
        assertFalse(holidays.of(Nation.SCOTLAND, 2023).contains(lateSummer));
        assertFalse(holidays.of(Nation.SCOTLAND, 2023).contains(easterMonday));
        assertTrue(holidays.anyNation(2023).containsAll(
                Set.of(stPatrick, boyne, secondJanuary, stAndrew, scottishSummer, lateSummer, easterMonday)));
    }

    @Test
    void stAndrewsDayIsABankHolidayOnlyFrom2007() {
        assertFalse(holidays.of(Nation.SCOTLAND, 2006).contains(LocalDate.of(2006, 11, 30)));
        assertTrue(holidays.of(Nation.SCOTLAND, 2007).contains(LocalDate.of(2007, 11, 30)));
        assertTrue(holidays.of(Nation.SCOTLAND, 2024).contains(LocalDate.of(2024, 12, 2)));  // 30 Nov a Saturday
    }

    @Test
    void datesAreTheObservedSubstituteDays() {
        // 2021: Christmas Saturday, Boxing Day Sunday; 2022: New Year's Day Saturday, 2 January Sunday.
        Set<LocalDate> eng2021 = holidays.of(Nation.ENGLAND_WALES, 2021);
        assertTrue(eng2021.containsAll(Set.of(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28))));
        assertFalse(eng2021.contains(LocalDate.of(2021, 12, 25)));
        assertTrue(holidays.of(Nation.SCOTLAND, 2022).containsAll(Set.of(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 4))));
        assertFalse(holidays.of(Nation.ENGLAND_WALES, 2022).contains(LocalDate.of(2022, 1, 4)));
    }

    @Test
    void listsAreCachedAndUnmodifiable() {
        assertSame(UkBankHolidays.get(), UkBankHolidays.get());
        assertSame(holidays.of(Nation.SCOTLAND, 2024), holidays.of(Nation.SCOTLAND, 2024));
        assertSame(holidays.anyNation(2024), holidays.anyNation(2024));
        assertThrows(UnsupportedOperationException.class, () -> holidays.anyNation(2024).add(LocalDate.of(2024, 1, 9)));
        assertThrows(UnsupportedOperationException.class, () -> holidays.overrides().clear());
    }

    @Test
    void concurrentFirstUseGivesTheSameAnswers() throws Exception {
        UkBankHolidays fresh = new UkBankHolidays(holidays.overrides());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<LocalDate>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int year = 2000 + i % 8;
                results.add(pool.submit(() -> fresh.anyNation(year)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(holidays.anyNation(2000 + i % 8), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void yearsOutsideTheVerifiedRangeStillWork() {
        assertTrue(holidays.of(Nation.ENGLAND_WALES, 1999).contains(LocalDate.of(1999, 12, 27)));
        assertTrue(holidays.anyNation(2040).contains(LocalDate.of(2040, 12, 25)));
    }

    @Test
    void nationCodesAreJollydaysSubdivisions() {
        assertEquals(Optional.of(Nation.SCOTLAND), Nation.fromCode("SCT"));
        assertEquals(Optional.of(Nation.ENGLAND_WALES), Nation.fromCode("eng"));
        assertEquals(Optional.of(Nation.NORTHERN_IRELAND), Nation.fromCode("nir"));
        assertEquals(Optional.empty(), Nation.fromCode("wls"));
    }

    private Set<LocalDate> only(Nation nation, int year, LocalDate... candidates) {
        Set<LocalDate> found = new TreeSet<>();
        for (LocalDate d : candidates) {
            boolean inOwn = holidays.of(nation, year).contains(d);
            boolean inOthers = false;
            for (Nation other : Nation.values()) {
                inOthers |= other != nation && holidays.of(other, year).contains(d);
            }
            if (inOwn && !inOthers) {
                found.add(d);
            }
        }
        return found;
    }

    private static Set<LocalDate> dates(Set<Holiday> holidays) {
        return holidays.stream().map(Holiday::getDate).collect(Collectors.toCollection(TreeSet::new));
    }
}
