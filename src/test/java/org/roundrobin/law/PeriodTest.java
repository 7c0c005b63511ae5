package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.law.Period.Unit.CALENDAR_DAYS;
import static org.roundrobin.law.Period.Unit.MONTHS;
import static org.roundrobin.law.Period.Unit.WEEKS;
import static org.roundrobin.law.Period.Unit.WORKING_DAYS;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "6w, 6, WEEKS", "3m, 3, MONTHS", "35d, 35, CALENDAR_DAYS", "20wd, 20, WORKING_DAYS",
            "' 20 WD ', 20, WORKING_DAYS", "0d, 0, CALENDAR_DAYS", "20 working days, 20, WORKING_DAYS",
            "6 weeks, 6, WEEKS", "1 month, 1, MONTHS", "28 days, 28, CALENDAR_DAYS", "42 calendar days, 42, CALENDAR_DAYS"})
    void parsesConfiguredPeriods(String text, int amount, Period.Unit unit) {
        assertEquals(new Period(amount, unit, "configured"), Period.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''         | Period is empty",
            "'   '      | Period is empty",
            "20         | Period '20' is not valid",
            "wd         | Period 'wd' is not valid",
            "-5d        | Period '-5d' is not valid",
            "1.5w       | Period '1.5w' is not valid",
            "1234567d   | Period '1234567d' is not valid",
            "20x        | Period '20x' has an unknown unit 'x'",
            "3 fortnights | Period '3 fortnights' has an unknown unit 'fortnights'"})
    void parseErrorsSayWhatIsWrongAndWhatIsExpected(String text, String start) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. 20wd, 35d, 6w, 3m"), e.getMessage());
    }

    @Test
    void parseOfNullIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }

    @Test
    void codeRoundTripsThroughParse() {
        for (Period.Unit unit : Period.Unit.values()) {
            Period p = new Period(7, unit, "x");
            assertEquals(p.amount(), Period.parse(p.code()).amount());
            assertEquals(unit, Period.parse(p.code()).unit());
        }
    }

    @Test
    void describesItselfForPeople() {
        assertEquals("20 working days", new Period(20, WORKING_DAYS, "").describe());
        assertEquals("1 month", new Period(1, MONTHS, "").describe());
        assertEquals("35 calendar days", new Period(35, CALENDAR_DAYS, "").describe());
        assertEquals("1 week", new Period(1, WEEKS, "").describe());
    }

    @Test
    void rejectsNegativeAmountsAndMissingUnit() {
        assertThrows(IllegalArgumentException.class, () -> new Period(-1, WEEKS, "x"));
        assertThrows(NullPointerException.class, () -> new Period(1, null, "x"));
        assertEquals("", new Period(1, WEEKS, null).source());
    }

    @Test
    void fromCountsEachUnit() {
        LocalDate start = LocalDate.of(2017, 8, 10);
        assertEquals(LocalDate.of(2017, 9, 8), new Period(20, WORKING_DAYS, "").from(Law.FOIA, start));
        assertEquals(LocalDate.of(2017, 9, 7), new Period(20, WORKING_DAYS, "").from(Law.FOISA, start));
        assertEquals(LocalDate.of(2017, 9, 14), new Period(35, CALENDAR_DAYS, "").from(Law.FOIA, start));
        assertEquals(LocalDate.of(2017, 9, 21), new Period(6, WEEKS, "").from(Law.FOISA, start));
        assertEquals(LocalDate.of(2018, 2, 28), new Period(6, MONTHS, "").from(Law.FOISA, LocalDate.of(2017, 8, 31)));
        assertEquals(LocalDate.of(2024, 2, 29), new Period(6, MONTHS, "").from(Law.FOISA, LocalDate.of(2023, 8, 31)));
    }
}
