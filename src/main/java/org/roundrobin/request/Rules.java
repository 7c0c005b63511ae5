package org.roundrobin.request;

import static org.roundrobin.request.Status.*;

import java.util.EnumSet;
import java.util.Set;
import org.roundrobin.law.Law;
import org.roundrobin.law.Step;

/**
 * The transition rules of a request, in one place: for each event type, the statuses it may follow and what
 * it changes. The API, the pages and the chaser job all ask here what may happen next.
 */
final class Rules {

    /** Refused by a rule: says why, in words for the person who tried. */
    static final class Broken extends RuntimeException {
        Broken(String message) {
            super(message);
        }
    }

    interface Effect {
        void apply(Replay r, Entry e);
    }

    record Rule(Set<Status> from, Effect effect) {
    }

    private static final Set<Status> AWAITING = EnumSet.of(AWAITING_RESPONSE, OVERDUE, VERY_OVERDUE);
    private static final Set<Status> OPEN = EnumSet.complementOf(EnumSet.of(NOT_SENT, WITHDRAWN, CLOSED));
    private static final Set<Status> ANY = EnumSet.allOf(Status.class);

    private Rules() {
    }

    static Rule of(EventType type) {
        return switch (type) {
            case SENT -> rule(EnumSet.of(NOT_SENT), (r, e) -> {
                r.sentOn = e.on();
                r.startClock(e.on());
                r.state = AWAITING_RESPONSE;
            });
            case ACKNOWLEDGED -> rule(union(AWAITING, AWAITING_CLARIFICATION), (r, e) -> { });
            case CLARIFICATION_REQUESTED -> rule(AWAITING, (r, e) -> r.state = AWAITING_CLARIFICATION);
            case CLARIFICATION_GIVEN -> rule(EnumSet.of(AWAITING_CLARIFICATION), (r, e) -> {
                r.startClock(e.on());
                r.state = AWAITING_RESPONSE;
            });
            case EXTENDED -> rule(AWAITING, (r, e) -> {
                if (r.law.period(Step.PUBLIC_INTEREST_EXTENSION).isEmpty()) {
                    throw new Broken(r.law + " has no public-interest extension: the authority must respond within 20 working days");
                }
                if (e.extendedTo() == null || !e.extendedTo().isAfter(r.responseDue)) {
                    throw new Broken("An extension must run beyond the response due date " + r.responseDue);
                }
                r.extendedTo = e.extendedTo();
            });
            case RESPONDED -> rule(union(AWAITING, AWAITING_CLARIFICATION, RESPONDED), (r, e) -> {
                // A second response replaces the answers; timeliness is judged on the first.
                if (r.respondedOn == null) r.respondedOn = e.on();
                r.answers = e.answers();
                r.state = RESPONDED;
            });
            case REVIEW_REQUESTED -> rule(union(AWAITING, RESPONDED, WITH_REGULATOR), (r, e) -> {
                r.reviewRequestedOn = e.on();
                r.reviewDue = r.law.due(Step.REVIEW_RESPONSE, e.on());
                r.reviewRespondedOn = null;
                r.reviewResult = null;
                r.state = REVIEW_PENDING;
            });
            case REVIEW_RESPONDED -> rule(EnumSet.of(REVIEW_PENDING, REVIEW_OVERDUE), (r, e) -> {
                r.reviewRespondedOn = e.on();
                r.reviewResult = e.reviewResult();
                if (!e.answers().isEmpty()) r.answers = e.answers(); // the review's revised outcomes
                r.state = REVIEWED;
            });
            case COMPLAINT_SUBMITTED -> rule(union(AWAITING, RESPONDED, REVIEW_PENDING, REVIEW_OVERDUE, REVIEWED), (r, e) -> {
                r.complaintOn = e.on();
                r.state = WITH_REGULATOR;
            });
            case DECISION_NOTICE -> rule(EnumSet.of(WITH_REGULATOR), (r, e) -> {
                r.decisionOn = e.on();
                r.decision = e.decision();
                r.complianceDue = e.complianceDue() != null ? e.complianceDue() : r.law.due(Step.DECISION_COMPLIANCE, e.on());
                r.appealBy = r.law.due(Step.APPEAL, e.on());
                r.state = DECIDED;
            });
            case APPEAL_LODGED -> rule(EnumSet.of(DECIDED), (r, e) -> r.state = APPEALED);
            case APPEAL_DECIDED -> rule(EnumSet.of(APPEALED), (r, e) -> r.state = CLOSED);
            case WITHDRAWN -> rule(EnumSet.complementOf(EnumSet.of(WITHDRAWN, CLOSED)), (r, e) -> r.state = WITHDRAWN);
            case CLOSED -> rule(OPEN, (r, e) -> r.state = CLOSED);
            case CORRECTED, NOTE -> rule(ANY, (r, e) -> { });
            // Recorded after the fact by the mail outbox and the mailbox reader: never refused for the status.
            case CHASER_SENT -> rule(OPEN, (r, e) -> { });
            case RECEIVED -> rule(ANY, (r, e) -> { });
        };
    }

    /** The event types allowed after a request in this status. */
    static Set<EventType> allowedIn(Status status, Law law) {
        Set<EventType> allowed = EnumSet.noneOf(EventType.class);
        for (EventType t : EventType.values()) {
            if (of(t).from().contains(status) && (t != EventType.EXTENDED || law.period(Step.PUBLIC_INTEREST_EXTENSION).isPresent())) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    private static Rule rule(Set<Status> from, Effect effect) {
        return new Rule(from, effect);
    }

    private static Set<Status> union(Set<Status> base, Status... more) {
        Set<Status> s = EnumSet.copyOf(base);
        s.addAll(Set.of(more));
        return s;
    }
}
