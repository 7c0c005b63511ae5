package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every one-off or moved UK bank holiday 2000-2035, under both laws. */
class OneOffHolidaysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "2002-06-03, Golden Jubilee",
            "2002-06-04, spring holiday moved for the Golden Jubilee",
            "2011-04-29, royal wedding",
            "2012-06-04, spring holiday moved for the Diamond Jubilee",
            "2012-06-05, Diamond Jubilee",
            "2020-05-08, early-May holiday moved to VE Day",
            "2022-06-02, spring holiday moved for the Platinum Jubilee",
            "2022-06-03, Platinum Jubilee",
            "2022-09-19, state funeral of Queen Elizabeth II",
            "2023-05-08, coronation of King Charles III"})
    void oneOffHolidayIsNotAWorkingDayUnderEitherLaw(LocalDate day, String why) {
        assertFalse(Law.FOIA.workingDays().isWorkingDay(day), why);
        assertFalse(Law.FOISA.workingDays().isWorkingDay(day), why);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "2002-05-27, last Monday of May 2002",
            "2012-05-28, last Monday of May 2012",
            "2020-05-04, first Monday of May 2020",
            "2022-05-30, last Monday of May 2022"})
    void theDayAMovedHolidayLeftIsAWorkingDay(LocalDate day, String why) {
        assertTrue(Law.FOIA.workingDays().isWorkingDay(day), why);
        assertTrue(Law.FOISA.workingDays().isWorkingDay(day), why);
    }

    @Test
    void worldCupHoliday2026IsScottishSoBothLawsSkipIt() {
        LocalDate worldCup = LocalDate.of(2026, 6, 15);
        assertFalse(Law.FOISA.workingDays().isWorkingDay(worldCup));
        assertFalse(Law.FOIA.workingDays().isWorkingDay(worldCup));   // a bank holiday in a part of the UK
    }

    @Test
    void goldenJubileeDeadline() {
        // 27 May 2002 was a working day; 3 and 4 June were not.
        assertEquals(LocalDate.of(2002, 6, 25), Law.FOIA.due(Step.RESPONSE, LocalDate.of(2002, 5, 24)));
        assertEquals(LocalDate.of(2002, 6, 25), Law.FOISA.due(Step.RESPONSE, LocalDate.of(2002, 5, 24)));
    }

    @Test
    void platinumJubileeDeadline() {
        assertEquals(LocalDate.of(2022, 6, 28), Law.FOIA.due(Step.RESPONSE, LocalDate.of(2022, 5, 27)));
    }

    @Test
    void stateFuneralDeadline() {
        assertEquals(LocalDate.of(2022, 10, 11), Law.FOIA.due(Step.RESPONSE, LocalDate.of(2022, 9, 12)));
        assertEquals(LocalDate.of(2022, 10, 11), Law.FOISA.due(Step.RESPONSE, LocalDate.of(2022, 9, 12)));
    }

    @Test
    void coronationAndEarlyMayDeadline2023() {
        // 1 May and 8 May 2023 both off: from Fri 28 April the 4th working day is Fri 5 May, the 5th Tue 9 May.
        assertEquals(LocalDate.of(2023, 5, 5), Law.FOIA.workingDays().addWorkingDays(LocalDate.of(2023, 4, 28), 4));
        assertEquals(LocalDate.of(2023, 5, 9), Law.FOIA.workingDays().addWorkingDays(LocalDate.of(2023, 4, 28), 5));
    }
}
