package org.roundrobin.request;

import java.time.LocalDate;
import java.util.List;
import org.roundrobin.law.Law;
import org.roundrobin.law.Step;

/** The running state while {@link Timeline} walks a timeline; {@link Rules} change it, one event at a time. */
final class Replay {

    final Law law;
    Status state = Status.NOT_SENT;
    LocalDate sentOn;
    LocalDate clockStartedOn;
    LocalDate responseDue;
    LocalDate extendedTo;
    LocalDate veryOverdueOn;
    LocalDate respondedOn;
    List<Answer> answers = List.of();
    LocalDate reviewRequestedOn;
    LocalDate reviewDue;
    LocalDate reviewRespondedOn;
    ReviewResult reviewResult;
    LocalDate complaintOn;
    LocalDate decisionOn;
    DecisionOutcome decision;
    LocalDate complianceDue;
    LocalDate appealBy;

    Replay(Law law) {
        this.law = law;
    }

    /** The clock (re)starts on receipt: of the request, or of a clarification (s.1(3)). */
    void startClock(LocalDate receivedOn) {
        clockStartedOn = receivedOn;
        responseDue = law.due(Step.RESPONSE, receivedOn);
        veryOverdueOn = law.due(Step.VERY_OVERDUE, receivedOn);
        extendedTo = null;
    }

    LocalDate effectiveDue() {
        return extendedTo != null ? extendedTo : responseDue;
    }

    /** Past an extension beyond 40 working days, "very overdue" waits for the extension to run out. */
    LocalDate veryOverdueOn() {
        return extendedTo != null && veryOverdueOn != null && extendedTo.isAfter(veryOverdueOn) ? extendedTo : veryOverdueOn;
    }

    Status statusOn(LocalDate day) {
        return state.at(day, effectiveDue(), veryOverdueOn(), reviewDue);
    }
}
