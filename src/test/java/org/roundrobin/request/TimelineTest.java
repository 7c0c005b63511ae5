package org.roundrobin.request;

import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.request.EventType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.Law;
import org.roundrobin.law.Period;

/** The pure derivation: status, outcome and deadlines from a timeline, with no database. */
class TimelineTest {

    static final LocalDate SENT_ON = LocalDate.of(2017, 8, 10);
    final List<Entry> entries = new ArrayList<>();

    void add(EventType type, String on) {
        add(new Entry(0, 0, type, LocalDate.parse(on), null, null, null, null, null, null));
    }

    void add(Entry e) {
        entries.add(e.withIdentity(entries.size() + 1, entries.size() + 1));

    }

    RequestState on(Law law, String today) {
        return Timeline.replay(law, entries, LocalDate.parse(today), Timeline.Policy.DEFAULT);
    }

    static Entry responded(String on, Outcome... outcomes) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            answers.add(new Answer(i + 1, outcomes[i], outcomes[i] == Outcome.NCND ? List.of("31(3)") : List.of()));
        }
        return new Entry(0, 0, RESPONDED, LocalDate.parse(on), answers, null, null, null, null, null);
    }

    @Test
    void nothingSentIsNotSent() {
        RequestState s = on(Law.FOIA, "2017-08-01");
        assertEquals(Status.NOT_SENT, s.status());
        assertTrue(s.allowed().contains(SENT));
        assertFalse(s.allowed().contains(RESPONDED));
    }

    @Test
    void statusFollowsTheCalendar() {
        add(SENT, "2017-08-10");
        assertEquals(Status.AWAITING_RESPONSE, on(Law.FOIA, "2017-09-08").status());
        assertEquals(Status.OVERDUE, on(Law.FOIA, "2017-09-09").status());
        assertEquals(5, on(Law.FOIA, "2017-09-15").workingDaysLate());
        assertEquals(Status.OVERDUE, on(Law.FOIA, "2017-10-06").status());
        assertEquals(Status.VERY_OVERDUE, on(Law.FOIA, "2017-10-07").status());
        // FOISA counts 28 August 2017 (not a Scottish holiday): due a day earlier.
        assertEquals(LocalDate.of(2017, 9, 7), on(Law.FOISA, "2017-08-10").deadlines().responseDue());
    }

    @Test
    void clarificationStopsAndRestartsTheClock() {
        add(SENT, "2017-08-10");
        add(CLARIFICATION_REQUESTED, "2017-08-15");
        RequestState waiting = on(Law.FOIA, "2017-12-01");
        assertEquals(Status.AWAITING_CLARIFICATION, waiting.status());
        assertEquals(0, waiting.workingDaysLate());
        add(CLARIFICATION_GIVEN, "2017-09-01");
        RequestState s = on(Law.FOIA, "2017-09-01");
        assertEquals(Status.AWAITING_RESPONSE, s.status());
        assertEquals(LocalDate.of(2017, 9, 29), s.deadlines().responseDue()); // 20 working days from 1 September
        assertEquals(LocalDate.of(2017, 9, 1), s.clockStartedOn());
    }

    @Test
    void publicInterestExtensionMovesTheDueDate() {
        add(SENT, "2017-08-10");
        add(new Entry(0, 0, EXTENDED, LocalDate.parse("2017-09-05"), null, LocalDate.parse("2017-10-06"), null, null, null, null));
        RequestState s = on(Law.FOIA, "2017-09-20");
        assertEquals(Status.AWAITING_RESPONSE, s.status());
        assertEquals(LocalDate.of(2017, 10, 6), s.deadlines().effectiveDue());
        assertEquals(LocalDate.of(2017, 9, 8), s.deadlines().responseDue());
        add(responded("2017-10-05", Outcome.ANSWERED));
        assertEquals(0, on(Law.FOIA, "2017-10-20").workingDaysLate());
    }

    @Test
    void extensionMustRunPastTheDueDateAndFoisaHasNone() {
        add(SENT, "2017-08-10");
        add(new Entry(0, 0, EXTENDED, LocalDate.parse("2017-09-05"), null, LocalDate.parse("2017-09-01"), null, null, null, null));
        assertThrows(Timeline.Refused.class, () -> on(Law.FOIA, "2017-09-20"));
        Timeline.Refused r = assertThrows(Timeline.Refused.class, () -> on(Law.FOISA, "2017-09-20"));
        assertTrue(r.getMessage().contains("FOISA"));
    }

    @Test
    void lateResponseCountsWorkingDaysLate() {
        add(SENT, "2017-08-10");
        add(responded("2017-09-15", Outcome.ANSWERED, Outcome.NOT_HELD));
        RequestState s = on(Law.FOIA, "2018-01-01");
        assertEquals(Status.RESPONDED, s.status());
        assertEquals(Outcome.ANSWERED, s.outcome());
        assertEquals(5, s.workingDaysLate());
        assertEquals(25, s.workingDaysTaken());
    }

    @Test
    void eventsRecordedLateTakeTheirPlaceByDate() {
        add(SENT, "2017-08-10");
        add(responded("2017-09-08", Outcome.NCND));
        add(ACKNOWLEDGED, "2017-08-11"); // typed in afterwards
        assertEquals(Status.RESPONDED, on(Law.FOIA, "2017-09-10").status());
    }

    @Test
    void decisionBeforeTheComplaintIsRefused() {
        add(SENT, "2017-08-10");
        add(responded("2017-09-08", Outcome.NCND));
        add(COMPLAINT_SUBMITTED, "2018-04-16");
        add(new Entry(0, 0, DECISION_NOTICE, LocalDate.parse("2018-04-01"), null, null, null, DecisionOutcome.UPHELD, null, null));
        Timeline.Refused r = assertThrows(Timeline.Refused.class, () -> on(Law.FOIA, "2018-10-01"));
        assertEquals(Status.RESPONDED, r.statusThen);
        assertTrue(r.allowedThen.contains(COMPLAINT_SUBMITTED));
    }

    @Test
    void decisionNoticeSetsComplianceAndAppealWindows() {
        add(SENT, "2017-08-10");
        add(responded("2017-09-08", Outcome.NCND));
        add(COMPLAINT_SUBMITTED, "2018-04-16");
        add(new Entry(0, 0, DECISION_NOTICE, LocalDate.parse("2018-09-20"), null, null, null, DecisionOutcome.UPHELD, null, null));
        RequestState foia = on(Law.FOIA, "2018-09-21");
        assertEquals(LocalDate.of(2018, 10, 25), foia.deadlines().complianceDue());
        assertEquals(LocalDate.of(2018, 10, 18), foia.deadlines().appealBy());
        assertEquals(LocalDate.of(2018, 11, 1), on(Law.FOISA, "2018-09-21").deadlines().appealBy()); // 42 days
    }

    @Test
    void complaintWindowIsASetting() {
        add(SENT, "2017-08-10");
        add(responded("2017-09-08", Outcome.NCND));
        add(REVIEW_REQUESTED, "2017-09-20");
        add(new Entry(0, 0, REVIEW_RESPONDED, LocalDate.parse("2017-10-10"), null, null, ReviewResult.UPHELD, null, null, null));
        LocalDate today = LocalDate.parse("2017-10-11");
        assertEquals(LocalDate.of(2017, 11, 21), Timeline.replay(Law.FOIA, entries, today, Timeline.Policy.DEFAULT).deadlines().complaintBy());
        Timeline.Policy in2018 = new Timeline.Policy(Period.parse("3m"));
        assertEquals(LocalDate.of(2018, 1, 10), Timeline.replay(Law.FOIA, entries, today, in2018).deadlines().complaintBy());
        assertEquals(LocalDate.of(2018, 4, 10), on(Law.FOISA, "2017-10-11").deadlines().complaintBy()); // SIC: six months
    }

    @Test
    void reviewOverdueAfterTwentyWorkingDays() {
        add(SENT, "2017-08-10");
        add(responded("2017-09-08", Outcome.NCND));
        add(REVIEW_REQUESTED, "2017-09-11");
        assertEquals(Status.REVIEW_PENDING, on(Law.FOIA, "2017-10-09").status());
        assertEquals(Status.REVIEW_OVERDUE, on(Law.FOIA, "2017-10-10").status());
    }

    @Test
    void withdrawnAndClosedAreTerminal() {
        add(SENT, "2017-08-10");
        add(WITHDRAWN, "2017-08-20");
        RequestState s = on(Law.FOIA, "2018-01-01");
        assertEquals(Status.WITHDRAWN, s.status());
        assertEquals(java.util.Set.of(NOTE, CORRECTED, RECEIVED), s.allowed()); // a late reply is still kept
        add(responded("2017-08-25", Outcome.ANSWERED));
        assertThrows(Timeline.Refused.class, () -> on(Law.FOIA, "2018-01-01"));
    }

    @Test
    void overallOutcomeFromQuestions() {
        assertEquals(Outcome.NCND, Outcome.overall(List.of(Outcome.NCND, Outcome.NCND, Outcome.NOT_HELD)));
        assertEquals(Outcome.ANSWERED, Outcome.overall(List.of(Outcome.ANSWERED, Outcome.NOT_HELD)));
        assertEquals(Outcome.PARTLY_ANSWERED, Outcome.overall(List.of(Outcome.ANSWERED, Outcome.EXEMPT)));
        assertEquals(Outcome.PARTLY_ANSWERED, Outcome.overall(List.of(Outcome.PARTLY_ANSWERED, Outcome.NOT_HELD)));
        assertEquals(Outcome.COST_LIMIT, Outcome.overall(List.of(Outcome.COST_LIMIT, Outcome.NCND)));
        assertEquals(Outcome.NOT_HELD, Outcome.overall(List.of(Outcome.NOT_HELD)));
        assertNull(Outcome.overall(List.of()));
    }

    @Test
    void everyEventTypeHasARule() {
        for (EventType t : EventType.values()) {
            assertNotNull(Rules.of(t).from(), t.name());
        }
    }
}
