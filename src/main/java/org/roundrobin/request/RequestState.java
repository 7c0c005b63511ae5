package org.roundrobin.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything derived from a request's timeline on a given day: its status, overall outcome, dates and what
 * may happen next. Produced only by {@link Timeline#replay}.
 *
 * @param state   the status the timeline leaves, whatever the date (what the database stores)
 * @param status  that state seen on the day asked about (may be OVERDUE, VERY_OVERDUE, REVIEW_OVERDUE)
 * @param allowed the event types that may be recorded on that day
 * @param replyToClassify a RECEIVED reply that no later-recorded event has classified yet
 */
public record RequestState(Status state, Status status, Outcome outcome, LocalDate sentOn, LocalDate clockStartedOn,
                           LocalDate respondedOn, Integer workingDaysTaken, int workingDaysLate, Deadlines deadlines,
                           List<Answer> answers, ReviewResult reviewResult, DecisionOutcome decision,
                           LocalDate reviewRequestedOn, LocalDate reviewRespondedOn, LocalDate complaintOn,
                           LocalDate decisionOn, Set<EventType> allowed, boolean replyToClassify) {
}
