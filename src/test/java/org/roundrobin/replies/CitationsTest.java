package org.roundrobin.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.Law;

class CitationsTest {

    private static List<String> foia(String text) {
        return Verdict.names(Citations.find(text, Law.FOIA).stream().map(Citations.Found::citation).toList());
    }

    private static List<String> foisa(String text) {
        return Verdict.names(Citations.find(text, Law.FOISA).stream().map(Citations.Found::citation).toList());
    }

    @Test
    void readsTheFormsLettersUse() {
        assertEquals(List.of("31(3)"), foia("by virtue of section 31(3) of the Act"));
        assertEquals(List.of("31(3)"), foia("exempt under s.31(3)"));
        assertEquals(List.of("31(3)"), foia("exempt under s31(3)"));
        assertEquals(List.of("31(3)"), foia("exempt under S. 31 (3) Law Enforcement"));
        assertEquals(List.of("24(2)", "31(3)"), foia("Sections 24(2) and 31(3) apply"));
        assertEquals(List.of("23(5)", "24(2)", "31(3)"), foia("ss.23(5), 24(2) and 31(3)"));
        assertEquals(List.of("40(5B)"), foia("Section 40(5B)(a)(i) - Personal Information"));
    }

    @Test
    void paragraphsAreDroppedDownToTheSubsection() {
        assertEquals(List.of("30(1)"), foia("Section 30(1)(a)(b) - Investigations"));
        assertEquals(List.of("31(1)"), foia("Section 31(1)(a) and (b) Law Enforcement"));
    }

    @Test
    void foisaNcndInConjunctionWithExemptions() {
        assertEquals(List.of("18(1)", "34(1)", "35(1)"),
                foisa("section 18(1) of FOISA in conjunction with sections 34(1)(b), 35(1)(a) & (b)"));
    }

    @Test
    void procedureAndTheGeneralRightAreNotExemptions() {
        assertEquals(List.of(), foia("This is a refusal notice under section 17(1); section 16 advice follows."));
        assertEquals(List.of(), foia("the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply"));
        assertEquals(List.of(), foisa("In terms of section 17 of the Act, this is notice that information is not held; section 16(1) refusal"));
    }

    @Test
    void sectionsOfOtherStatutesAreNotCited() {
        assertEquals(List.of(), foia("contrary to section 34 of the Data Protection Act 2018"));
        assertEquals(List.of(), foia("under the Data Protection Act 2018 section 40"));
        assertEquals(List.of(), foia("authorised under Part 2 of RIPA, for example section 28 of that Act"));
        assertEquals(List.of("40(2)"), foia("withheld under section 40(2) of the Freedom of Information Act 2000"));
    }

    @Test
    void aDescriptiveRangeIsNotACitation() {
        assertEquals(List.of(), foisa("could be exempt under any of sections 28 to 35, 39(1) or 41"));
    }

    @Test
    void aBareSectionGivesWayToItsSubsection() {
        assertEquals(List.of("31(3)"), foia("Section 31(3) applies. Section 31 is a prejudice based exemption."));
    }

    @Test
    void sectionsOutsideTheLawAreIgnored() {
        assertEquals(List.of(), foisa("exempt under section 43(2) of FOIA"));
        assertEquals(List.of("43(2)"), foia("exempt under section 43(2)"));
        assertEquals(List.of(), foia("it's 12 hours of work"));
    }
}
