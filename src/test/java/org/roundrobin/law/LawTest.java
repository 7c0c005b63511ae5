package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.law.Period.Unit.CALENDAR_DAYS;
import static org.roundrobin.law.Period.Unit.MONTHS;
import static org.roundrobin.law.Period.Unit.WEEKS;
import static org.roundrobin.law.Period.Unit.WORKING_DAYS;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LawTest {

    @Test
    void titlesAndRegulators() {
        assertEquals("Freedom of Information Act 2000", Law.FOIA.title());
        assertEquals("Freedom of Information (Scotland) Act 2002", Law.FOISA.title());
        assertEquals(Regulator.ICO, Law.FOIA.regulator());
        assertEquals(Regulator.SCOTTISH_INFORMATION_COMMISSIONER, Law.FOISA.regulator());
        assertSame(ExemptionCatalogue.of(Law.FOISA), Law.FOISA.exemptions());
    }

    @ParameterizedTest
    @CsvSource({
            "FOIA, FOIA", "foia, FOIA", "Freedom of Information Act 2000, FOIA", "freedom-of-information-act, FOIA",
            "FOISA, FOISA", "foisa, FOISA", "Freedom of Information (Scotland) Act 2002, FOISA", "FOI(S)A, FOISA",
            "' FoISA ', FOISA"})
    void parsesNamesAndTitles(String text, Law expected) {
        assertEquals(Optional.of(expected), Law.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"EIR", "Data Protection Act 2018", "   "})
    void parseRejectsOtherText(String text) {
        assertEquals(Optional.empty(), Law.parse(text));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "FOIA,  RESPONSE,                    20, WORKING_DAYS",
            "FOIA,  PUBLIC_INTEREST_EXTENSION,   20, WORKING_DAYS",
            "FOIA,  VERY_OVERDUE,                40, WORKING_DAYS",
            "FOIA,  REVIEW_REQUEST,              40, WORKING_DAYS",
            "FOIA,  REVIEW_RESPONSE,             20, WORKING_DAYS",
            "FOIA,  REVIEW_RESPONSE_EXCEPTIONAL, 40, WORKING_DAYS",
            "FOIA,  COMPLAINT,                    6, WEEKS",
            "FOIA,  DECISION_COMPLIANCE,         35, CALENDAR_DAYS",
            "FOIA,  APPEAL,                      28, CALENDAR_DAYS",
            "FOISA, RESPONSE,                    20, WORKING_DAYS",
            "FOISA, VERY_OVERDUE,                40, WORKING_DAYS",
            "FOISA, REVIEW_REQUEST,              40, WORKING_DAYS",
            "FOISA, REVIEW_RESPONSE,             20, WORKING_DAYS",
            "FOISA, COMPLAINT,                    6, MONTHS",
            "FOISA, DECISION_COMPLIANCE,         35, CALENDAR_DAYS",
            "FOISA, APPEAL,                      42, CALENDAR_DAYS"})
    void periodsTable(Law law, Step step, int amount, Period.Unit unit) {
        Period period = law.period(step).orElseThrow();
        assertEquals(amount, period.amount());
        assertEquals(unit, period.unit());
        assertFalse(period.source().isBlank());
    }

    @Test
    void foisaHasNoExtensionsAndSaysSo() {
        assertEquals(Optional.empty(), Law.FOISA.period(Step.PUBLIC_INTEREST_EXTENSION));
        assertEquals(Optional.empty(), Law.FOISA.period(Step.REVIEW_RESPONSE_EXCEPTIONAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Law.FOISA.due(Step.PUBLIC_INTEREST_EXTENSION, LocalDate.of(2024, 1, 8)));
        assertEquals("FOISA has no period for PUBLIC_INTEREST_EXTENSION", e.getMessage());
    }

    @Test
    void everyStepHasAFoiaPeriod() {
        for (Step step : Step.values()) {
            assertTrue(Law.FOIA.period(step).isPresent(), step.name());
        }
    }

    @Test
    void sourcesNameTheStatute() {
        assertTrue(Law.FOIA.period(Step.RESPONSE).orElseThrow().source().contains("s.10(1)"));
        assertTrue(Law.FOISA.period(Step.REVIEW_REQUEST).orElseThrow().source().contains("s.20"));
        assertTrue(Law.FOISA.period(Step.REVIEW_RESPONSE).orElseThrow().source().contains("s.21"));
        assertTrue(Law.FOISA.period(Step.COMPLAINT).orElseThrow().source().contains("s.47"));
        assertTrue(Law.FOISA.period(Step.APPEAL).orElseThrow().source().contains("s.56"));
        assertTrue(Law.FOIA.period(Step.APPEAL).orElseThrow().source().contains("r.22(1)(b)"));
    }

    @Test
    void dueDates() {
        LocalDate review = LocalDate.of(2024, 8, 30);
        assertEquals(LocalDate.of(2024, 10, 11), Law.FOIA.due(Step.COMPLAINT, review));
        assertEquals(LocalDate.of(2025, 2, 28), Law.FOISA.due(Step.COMPLAINT, LocalDate.of(2024, 8, 31)));
        assertEquals(LocalDate.of(2024, 10, 11), Law.FOISA.due(Step.APPEAL, review));
        // Extension runs on from the original due date: 40 working days after receipt in all.
        LocalDate received = LocalDate.of(2024, 1, 8);
        assertEquals(Law.FOIA.due(Step.VERY_OVERDUE, received),
                Law.FOIA.due(Step.PUBLIC_INTEREST_EXTENSION, Law.FOIA.due(Step.RESPONSE, received)));
    }
}
