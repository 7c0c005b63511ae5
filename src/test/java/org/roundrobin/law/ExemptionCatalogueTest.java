package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundrobin.law.Exemption.Kind;

class ExemptionCatalogueTest {

    private static final ExemptionCatalogue FOIA = ExemptionCatalogue.of(Law.FOIA);
    private static final ExemptionCatalogue FOISA = ExemptionCatalogue.of(Law.FOISA);

    @Test
    void foiaSectionsInOrder() {
        assertEquals(List.of("12", "14", "21", "22", "22A", "23", "24", "26", "27", "28", "29", "30", "31", "32", "33",
                "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44"), sections(FOIA));
    }

    @Test
    void foisaSectionsInOrder() {
        assertEquals(List.of("12", "14", "18", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                "37", "38", "39", "40", "41"), sections(FOISA));
    }

    @ParameterizedTest(name = "FOIA s.{0}")
    @CsvSource(delimiter = '|', value = {
            "12  | REFUSAL_GROUND  | 12(2)",
            "14  | REFUSAL_GROUND  | ''",
            "21  | ABSOLUTE        | ''",
            "22  | QUALIFIED       | 22(2)",
            "22A | QUALIFIED       | 22A(2)",
            "23  | ABSOLUTE        | 23(5)",
            "24  | QUALIFIED       | 24(2)",
            "26  | QUALIFIED       | 26(3)",
            "27  | QUALIFIED       | 27(4)",
            "28  | QUALIFIED       | 28(3)",
            "29  | QUALIFIED       | 29(2)",
            "30  | QUALIFIED       | 30(3)",
            "31  | QUALIFIED       | 31(3)",
            "32  | ABSOLUTE        | 32(3)",
            "33  | QUALIFIED       | 33(3)",
            "34  | ABSOLUTE        | 34(3)",
            "35  | QUALIFIED       | 35(3)",
            "36  | PARTLY_ABSOLUTE | 36(3)",
            "37  | PARTLY_ABSOLUTE | 37(2)",
            "38  | QUALIFIED       | 38(2)",
            "39  | QUALIFIED       | 39(2)",
            "40  | PARTLY_ABSOLUTE | 40(5) 40(5A) 40(5B)",
            "41  | ABSOLUTE        | 41(2)",
            "42  | QUALIFIED       | 42(2)",
            "43  | QUALIFIED       | 43(3)",
            "44  | ABSOLUTE        | 44(2)"})
    void foiaKindsAndNcndSubsections(String section, Kind kind, String ncnd) {
        Exemption e = FOIA.section(section).orElseThrow();
        assertEquals(kind, e.kind());
        assertEquals(ncnd.isEmpty() ? List.of() : List.of(ncnd.split(" ")), e.ncnd());
        assertEquals(Law.FOIA, e.law());
        assertFalse(e.title().isBlank());
    }

    @ParameterizedTest(name = "FOISA s.{0}")
    @CsvSource({
            "12, REFUSAL_GROUND", "14, REFUSAL_GROUND", "18, NCND_PROVISION", "25, ABSOLUTE", "26, ABSOLUTE",
            "27, QUALIFIED", "28, QUALIFIED", "29, QUALIFIED", "30, QUALIFIED", "31, QUALIFIED", "32, QUALIFIED",
            "33, QUALIFIED", "34, QUALIFIED", "35, QUALIFIED", "36, PARTLY_ABSOLUTE", "37, ABSOLUTE", "38, ABSOLUTE",
            "39, QUALIFIED", "40, QUALIFIED", "41, QUALIFIED"})
    void foisaKinds(String section, Kind kind) {
        Exemption e = FOISA.section(section).orElseThrow();
        assertEquals(kind, e.kind());
        assertEquals(section.equals("18") ? List.of("18") : List.of(), e.ncnd());
    }

    @Test
    void titlesAreTheActsHeadings() {
        assertEquals("Law enforcement", FOIA.section("31").orElseThrow().title());
        assertEquals("Personal information", FOIA.section("40").orElseThrow().title());
        assertEquals("Commercial interests", FOIA.section("43").orElseThrow().title());
        assertEquals("Research", FOIA.section("22a").orElseThrow().title());
        assertEquals("s.31 Law enforcement", FOIA.section("31").orElseThrow().label());
        assertEquals("Law enforcement", FOISA.section("35").orElseThrow().title());
        assertTrue(FOISA.section("34").orElseThrow().title().startsWith("Investigations by Scottish public authorities"));
        assertTrue(FOISA.section("38").orElseThrow().note().startsWith("Largely absolute"));
        assertTrue(FOISA.section("18").orElseThrow().note().contains("ss.28-35, 39(1) or 41"));
    }

    @ParameterizedTest
    @CsvSource({
            "31(3), 31(3)", "s.31(3), 31(3)", "s31(3), 31(3)", "section 31 (3), 31(3)", "S. 40(5)(b)(i), 40(5)(b)(i)",
            "' 12 ', 12", "14(1), 14(1)", "22a, 22A", "40(5b), 40(5B)", "30(1)(A), 30(1)(a)", "Section 43(2)., 43(2)",
            "§ 24(2), 24(2)", "sec. 21, 21", "037(1)(ab), 37(1)(ab)"})
    void lookupNormalisesCitations(String text, String cited) {
        assertEquals(cited, FOIA.lookup(text).orElseThrow().cited());
    }

    @ParameterizedTest
    @CsvSource({
            "31(3), true", "31(1)(a), false", "31, false", "40(5B), true", "40(5)(b)(i), true", "40(5A), true",
            "40(2), false", "12(2), true", "12(1), false", "12, false", "21, false", "23(5), true", "23(1), false",
            "14(1), false", "22A(2), true", "22(2), true"})
    void foiaNcnd(String text, boolean ncnd) {
        assertEquals(ncnd, FOIA.isNcnd(text));
        assertEquals(ncnd, FOIA.lookup(text).orElseThrow().ncnd());
    }

    @Test
    void foiaSection21HasNoNcnd() {
        assertEquals(List.of(), FOIA.section("21").orElseThrow().ncnd());
    }

    @ParameterizedTest
    @CsvSource({"18, true", "18(1), true", "s.18(1), true", "31(3), false", "35(1)(a), false", "38(1)(b), false",
            "12, false"})
    void foisaNcndIsOnlySection18(String text, boolean ncnd) {
        assertEquals(ncnd, FOISA.isNcnd(text));
    }

    @Test
    void section31ExistsInFoisaButIsNotNcndThere() {
        Citation c = FOISA.lookup("31(3)").orElseThrow();
        assertEquals("National security and defence", c.exemption().title());
        assertEquals("31", c.section());
        assertFalse(c.ncnd());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99", "17", "16", "17(1)", "abc", "s.", "31 3", "31(3", "FOIA", "12.5", "25", "1"})
    void notInTheFoiaCatalogue(String text) {
        assertEquals(Optional.empty(), FOIA.lookup(text));
        assertFalse(FOIA.isNcnd(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "17", "21", "22A", "42", "43", "44"})
    void notInTheFoisaCatalogue(String text) {
        assertEquals(Optional.empty(), FOISA.lookup(text));
    }

    @Test
    void sectionTakesOnlyABaseSection() {
        assertTrue(FOIA.section("31").isPresent());
        assertEquals(Optional.empty(), FOIA.section("31(3)"));
        assertEquals(Optional.empty(), FOIA.section("17"));
    }

    @Test
    void citationMustBelongToItsExemption() {
        Exemption s31 = FOIA.section("31").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new Citation("3(1)", s31, false));
        assertThrows(IllegalArgumentException.class, () -> new Citation("310", s31, false));
        assertEquals("31", new Citation("31(1)(a)", s31, false).section());
    }

    @Test
    void catalogueIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> FOIA.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> FOIA.section("40").orElseThrow().ncnd().clear());
    }

    @Test
    void sectionOrderIsNumericThenLetter() {
        List<String> sorted = new java.util.ArrayList<>(List.of("23", "22A", "3", "22", "100"));
        sorted.sort(ExemptionCatalogue.SECTION_ORDER);
        assertEquals(List.of("3", "22", "22A", "23", "100"), sorted);
    }

    private static List<String> sections(ExemptionCatalogue catalogue) {
        return catalogue.all().stream().map(Exemption::section).toList();
    }
}
