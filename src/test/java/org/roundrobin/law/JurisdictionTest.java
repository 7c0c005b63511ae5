package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionTest {

    @ParameterizedTest
    @CsvSource({
            "ENGLAND_WALES, ENGLAND_WALES", "England & Wales, ENGLAND_WALES", "England and Wales, ENGLAND_WALES",
            "england-wales, ENGLAND_WALES", "England, ENGLAND_WALES", "WALES, ENGLAND_WALES",
            "Scotland, SCOTLAND", "' scotland ', SCOTLAND",
            "Northern Ireland, NORTHERN_IRELAND", "northern_ireland, NORTHERN_IRELAND", "NI, NORTHERN_IRELAND",
            "northern-ireland, NORTHERN_IRELAND",
            "UK-wide, UK_WIDE", "UK wide, UK_WIDE", "uk_wide, UK_WIDE", "UK, UK_WIDE", "United Kingdom, UK_WIDE"})
    void parsesForgivingly(String text, Jurisdiction expected) {
        assertEquals(Optional.of(expected), Jurisdiction.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Isle of Man", "Jersey", "Ireland", "GB", "-"})
    void unknownPlacesAreEmpty(String text) {
        assertEquals(Optional.empty(), Jurisdiction.parse(text));
    }

    @Test
    void onlyScotlandUsesFoisa() {
        assertEquals(Law.FOISA, Jurisdiction.SCOTLAND.law());
        assertEquals(Law.FOIA, Jurisdiction.ENGLAND_WALES.law());
        assertEquals(Law.FOIA, Jurisdiction.NORTHERN_IRELAND.law());
        assertEquals(Law.FOIA, Jurisdiction.UK_WIDE.law());
    }

    @Test
    void labelsParseBackToTheirConstant() {
        for (Jurisdiction j : Jurisdiction.values()) {
            assertEquals(Optional.of(j), Jurisdiction.parse(j.label()));
            assertEquals(Optional.of(j), Jurisdiction.parse(j.name()));
        }
        assertEquals("England & Wales", Jurisdiction.ENGLAND_WALES.label());
        assertEquals("UK-wide", Jurisdiction.UK_WIDE.label());
    }
}
