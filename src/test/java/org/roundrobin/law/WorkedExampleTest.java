package org.roundrobin.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "Internet of Things" round robin of domain.md: ICO decision notice FS50739797, 20 September 2018. */
class WorkedExampleTest {

    private static final LocalDate RECEIVED = LocalDate.of(2017, 8, 10);
    private static final LocalDate RESPONDED = LocalDate.of(2017, 9, 8);
    private static final LocalDate DECISION_NOTICE = LocalDate.of(2018, 9, 20);

    @Test
    void responseWasDueOnTheTwentiethWorkingDayAfterTheAugustBankHoliday() {
        assertFalse(Law.FOIA.workingDays().isWorkingDay(LocalDate.of(2017, 8, 28)));
        assertEquals(RESPONDED, Law.FOIA.due(Step.RESPONSE, RECEIVED));
        assertEquals(20, Law.FOIA.workingDays().workingDaysBetween(RECEIVED, RESPONDED));
    }

    @Test
    void reviewRequestWindowClosedOnThirdNovember() {
        LocalDate closes = Law.FOIA.due(Step.REVIEW_REQUEST, RESPONDED);
        assertEquals(LocalDate.of(2017, 11, 3), closes);
        // Review requested 11 April 2018: long after the window, so the force could decline it.
        assertTrue(LocalDate.of(2018, 4, 11).isAfter(closes));
    }

    @Test
    void decisionNoticeComplianceAndAppealDates() {
        assertEquals(LocalDate.of(2018, 10, 25), Law.FOIA.due(Step.DECISION_COMPLIANCE, DECISION_NOTICE));
        assertEquals(LocalDate.of(2018, 10, 18), Law.FOIA.due(Step.APPEAL, DECISION_NOTICE));
    }

    @Test
    void theForcesNcndCitationIsRecognised() {
        Citation c = Law.FOIA.exemptions().lookup("s.31(3)").orElseThrow();
        assertTrue(c.ncnd());
        assertEquals("Law enforcement", c.exemption().title());
    }
}
