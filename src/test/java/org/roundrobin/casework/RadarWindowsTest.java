package org.roundrobin.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.Law;
import org.roundrobin.law.Period;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.Entry;
import org.roundrobin.request.EventType;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.ReviewResult;
import org.roundrobin.request.Timeline;

/** Which of the campaigner's windows apply, from a replayed timeline (pure: no database). */
class RadarWindowsTest {

    static final Timeline.Policy SIX_WEEKS = new Timeline.Policy(Period.parse("6w"));
    static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    /** A timeline of events in the order given. */
    static final class T {
        final List<Entry> entries = new ArrayList<>();

        T add(EventType type, String on) {
            return add(new Entry(0, 0, type, LocalDate.parse(on), null, null, null, null, null, null));
        }

        T add(Entry e) {
            int n = entries.size() + 1;
            entries.add(e.withIdentity(n, n));
            return this;
        }

        List<String> windows(Law law, Outcome outcome, Timeline.Policy policy) {
            return RadarWindows.of(Timeline.replay(law, entries, TODAY, policy), outcome, law, policy, "The Force").stream()
                    .map(d -> d.kind() + " " + d.closesOn()).toList();
        }
    }

    static Entry reviewed(String on) {
        return new Entry(0, 0, EventType.REVIEW_RESPONDED, LocalDate.parse(on), null, null, ReviewResult.UPHELD, null, null, null);
    }

    static Entry decided(String on, DecisionOutcome outcome) {
        return new Entry(0, 0, EventType.DECISION_NOTICE, LocalDate.parse(on), null, null, null, outcome, null, null);
    }

    @Test
    void aRefusalOpensTheReviewWindowOfFortyWorkingDays() {
        T t = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08");
        assertEquals(List.of("REVIEW_REQUEST 2017-11-03"), t.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS));
    }

    @Test
    void aFullAnswerNeedsNoReviewOrComplaint() {
        T t = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08");
        assertEquals(List.of(), t.windows(Law.FOIA, Outcome.ANSWERED, SIX_WEEKS));
    }

    @Test
    void theComplaintWindowRunsFromTheReviewAsTheSettingSays() {
        T t = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08")
                .add(EventType.REVIEW_REQUESTED, "2017-10-02").add(reviewed("2017-10-30"));
        assertEquals(List.of("COMPLAINT 2017-12-11"), t.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS));
        assertEquals(List.of("COMPLAINT 2018-01-30"), t.windows(Law.FOIA, Outcome.NCND, new Timeline.Policy(Period.parse("3m"))));
    }

    @Test
    void underFoisaAFailureToRespondCanBeReviewedAndAnUnansweredReviewTakenToTheCommissioner() {
        T silent = new T().add(EventType.SENT, "2017-08-10");
        // Due 2017-09-07 (20 Scottish working days); review within 40 working days of that.
        assertEquals(List.of("REVIEW_REQUEST 2017-11-02"), silent.windows(Law.FOISA, null, SIX_WEEKS));
        T pending = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-01")
                .add(EventType.REVIEW_REQUESTED, "2017-09-04");
        // Review due 2017-10-02; six months from then to apply to the Commissioner (FOISA s.47).
        assertEquals(List.of("COMPLAINT 2018-04-02"), pending.windows(Law.FOISA, Outcome.NCND, SIX_WEEKS));
        assertEquals(List.of(), pending.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS), "FOIA: no window while the review is pending");
    }

    @Test
    void aDecisionOpensTheAppealWindowAndTheAuthoritysComplianceDate() {
        T t = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08")
                .add(EventType.COMPLAINT_SUBMITTED, "2018-04-16").add(decided("2018-09-20", DecisionOutcome.UPHELD));
        assertEquals(List.of("APPEAL 2018-10-18", "COMPLIANCE 2018-10-25"), t.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS));
        T scottish = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08")
                .add(EventType.COMPLAINT_SUBMITTED, "2018-04-16").add(decided("2018-09-20", DecisionOutcome.UPHELD));
        assertEquals(List.of("APPEAL 2018-11-01", "COMPLIANCE 2018-10-25"), scottish.windows(Law.FOISA, Outcome.NCND, SIX_WEEKS));
    }

    @Test
    void aComplaintNotUpheldOrdersNothingAndAnAppealEndsTheWindows() {
        T t = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08")
                .add(EventType.COMPLAINT_SUBMITTED, "2018-04-16").add(decided("2018-09-20", DecisionOutcome.NOT_UPHELD));
        assertEquals(List.of("APPEAL 2018-10-18"), t.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS));
        t.add(EventType.APPEAL_LODGED, "2018-10-10");
        assertEquals(List.of(), t.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS));
    }

    @Test
    void windowsNoLongerApplyOnceTheStepIsTaken() {
        T t = new T().add(EventType.SENT, "2017-08-10").add(EventType.RESPONDED, "2017-09-08").add(EventType.COMPLAINT_SUBMITTED, "2017-10-01");
        assertEquals(List.of(), t.windows(Law.FOIA, Outcome.NCND, SIX_WEEKS), "complained without a review: no review window");
    }
}
