package org.roundrobin.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;
import org.roundrobin.law.Step;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.Deadlines;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;

/**
 * Which windows bind a request now, from its replayed state (the dates are {@link Deadlines}, computed by
 * {@code law}). A window is listed while its step is still the next one to take; once the step is taken
 * (review asked, complaint made, appeal lodged, request closed) it no longer applies and is not listed.
 * A request answered in full needs no review or complaint.
 */
final class RadarWindows {

    public enum Kind { REVIEW_REQUEST, COMPLAINT, APPEAL, COMPLIANCE }

    /** Who must act by the date: the campaigner, or the authority (compliance with a decision notice). */
    public enum Party { REQUESTER, AUTHORITY }

    record Due(Kind kind, Party by, LocalDate closesOn, String action, String basis) {
    }

    private RadarWindows() {
    }

    /**
     * @param outcome the request's current overall outcome (from its answers), null if none
     */
    static List<Due> of(RequestState s, Outcome outcome, Law law, Timeline.Policy policy, String authority) {
        List<Due> list = new ArrayList<>();
        Deadlines d = s.deadlines();
        Status state = s.state();
        boolean satisfied = outcome == Outcome.ANSWERED;
        if (!satisfied && d.reviewRequestBy() != null && s.reviewRequestedOn() == null && s.complaintOn() == null
                && (state == Status.RESPONDED || state == Status.AWAITING_RESPONSE)) {
            String what = state == Status.RESPONDED ? "Ask " + authority + " for an internal review of its response"
                    : "Ask " + authority + " to review its failure to respond";
            list.add(new Due(Kind.REVIEW_REQUEST, Party.REQUESTER, d.reviewRequestBy(), what, source(law, Step.REVIEW_REQUEST)));
        }
        if (!satisfied && d.complaintBy() != null && (state == Status.REVIEWED || state == Status.REVIEW_PENDING)) {
            boolean ico = law.regulator() == Regulator.ICO;
            String what = ico ? "Complain to the ICO about " + authority + "'s handling of the request"
                    : "Apply to the Scottish Information Commissioner for a decision on " + authority + "'s handling of the request";
            String basis = ico ? "ICO: within " + policy.icoComplaintWindow().describe() + " of the internal review's outcome"
                    + " (setting roundrobin.complaints.ico-window); FOIA s.50" : source(law, Step.COMPLAINT);
            list.add(new Due(Kind.COMPLAINT, Party.REQUESTER, d.complaintBy(), what, basis));
        }
        if (state == Status.DECIDED && d.appealBy() != null) {
            list.add(new Due(Kind.APPEAL, Party.REQUESTER, d.appealBy(), "Appeal the decision notice to " + CaseViews.appealTo(law)
                    + " if you disagree with it (the authority may appeal too)", source(law, Step.APPEAL)));
        }
        if (state == Status.DECIDED && d.complianceDue() != null && s.decision() != DecisionOutcome.NOT_UPHELD) {
            list.add(new Due(Kind.COMPLIANCE, Party.AUTHORITY, d.complianceDue(), authority + " must take the steps the decision notice"
                    + " ordered; if it has not, tell the " + law.regulator().shortName() + (law == Law.FOIA ? " (FOIA s.54)" : "")
                    + ", then close the request", source(law, Step.DECISION_COMPLIANCE)));
        }
        return list;
    }

    private static String source(Law law, Step step) {
        return law.period(step).map(p -> p.source() + " (" + p.describe() + ")").orElse("");
    }
}
