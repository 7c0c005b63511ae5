package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundrobin.law.HolidayOverride.Action;
import org.roundrobin.law.UkBankHolidays.Nation;

class HolidayOverrideTest {

    @Test
    void readsLinesSkippingCommentsAndBlanks() {
        List<HolidayOverride> parsed = HolidayOverride.parse(List.of(
                "# date,nations,action,reason",
                "",
                "2002-06-03,all,add,Golden Jubilee",
                "  2030-01-02 , sct;nir , REMOVE , made up, with a comma  ",
                "2031-05-05,eng,add"), "test.csv");
        assertEquals(3, parsed.size());
        assertEquals(new HolidayOverride(LocalDate.of(2002, 6, 3), EnumSet.allOf(Nation.class), Action.ADD,
                "Golden Jubilee"), parsed.get(0));
        HolidayOverride second = parsed.get(1);
        assertEquals(Set.of(Nation.SCOTLAND, Nation.NORTHERN_IRELAND), second.nations());
        assertEquals(Action.REMOVE, second.action());
        assertEquals("made up, with a comma", second.reason());
        assertTrue(second.appliesTo(Nation.SCOTLAND));
        assertEquals("", parsed.get(2).reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2002-6-3,all,add,x          | line 2: date '2002-6-3' is not yyyy-mm-dd",
            "2002-06-03,wls,add,x        | line 2: nation 'wls' is not one of all, eng, sct, nir",
            "2002-06-03,eng;;sct,add,x   | line 2: nation '' is not one of all, eng, sct, nir",
            "2002-06-03,eng,move,x       | line 2: action 'move' is not add or remove",
            "2002-06-03,eng              | line 2: expected date,nations,action,reason"})
    void badLinesAreReportedWithTheirLineNumber(String line, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayOverride.parse(List.of("# header", line), "overrides.csv"));
        assertTrue(e.getMessage().startsWith("overrides.csv " + message), e.getMessage());
    }

    @Test
    void anOverrideNeedsANation() {
        assertThrows(IllegalArgumentException.class,
                () -> new HolidayOverride(LocalDate.of(2030, 1, 1), Set.of(), Action.ADD, "x"));
    }

    @Test
    void theShippedFileParses() {
        assertEquals(3, UkBankHolidays.get().overrides().size());
    }
}
