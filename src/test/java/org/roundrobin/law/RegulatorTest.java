package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegulatorTest {

    @ParameterizedTest
    @CsvSource({
            "ICO, ICO", "ico, ICO", "Information Commissioner's Office, ICO", "Information Commissioner, ICO",
            "information commissioners office, ICO",
            "SIC, SCOTTISH_INFORMATION_COMMISSIONER", "Scottish Information Commissioner, SCOTTISH_INFORMATION_COMMISSIONER",
            "scottish_information_commissioner, SCOTTISH_INFORMATION_COMMISSIONER"})
    void parsesNamesLabelsAndShortNames(String text, Regulator expected) {
        assertEquals(Optional.of(expected), Regulator.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Ombudsman", "First-tier Tribunal"})
    void unknownIsEmpty(String text) {
        assertEquals(Optional.empty(), Regulator.parse(text));
    }

    @Test
    void shortNamesAndLabels() {
        assertEquals("ICO", Regulator.ICO.shortName());
        assertEquals("SIC", Regulator.SCOTTISH_INFORMATION_COMMISSIONER.shortName());
        assertEquals("Information Commissioner's Office", Regulator.ICO.label());
        assertEquals("Scottish Information Commissioner", Regulator.SCOTTISH_INFORMATION_COMMISSIONER.label());
    }
}
