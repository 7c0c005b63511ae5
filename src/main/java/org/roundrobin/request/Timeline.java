package org.roundrobin.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundrobin.law.Law;
import org.roundrobin.law.Period;
import org.roundrobin.law.Regulator;
import org.roundrobin.law.Step;
import org.roundrobin.law.WorkingDays;

/**
 * The one pure function from a request's timeline to its status, outcome and deadlines. Appending an event
 * means replaying the whole timeline with it: if any rule breaks, the event is refused, so history stays
 * consistent however events arrive (late entries with earlier dates, corrections).
 */
public final class Timeline {

    /** Settings that change a window without changing the law: the ICO's complaint guidance moves (3 months in 2018, 6 weeks now). */
    public record Policy(Period icoComplaintWindow) {
        public static final Policy DEFAULT = new Policy(Law.FOIA.period(Step.COMPLAINT).orElseThrow());
    }

    /** An event the timeline cannot take, with the status it met and what was allowed then. */
    public static final class Refused extends RuntimeException {
        public final Entry entry;
        public final Status statusThen;
        public final Set<EventType> allowedThen;

        Refused(Entry entry, Status statusThen, Set<EventType> allowedThen, String message) {
            super(message);
            this.entry = entry;
            this.statusThen = statusThen;
            this.allowedThen = allowedThen;
        }
    }

    private static final Set<EventType> CORRECTABLE = EnumSet.complementOf(EnumSet.of(EventType.CORRECTED, EventType.NOTE));

    private Timeline() {
    }

    /**
     * Replays {@code entries} (any order; identified by seq) for a request under {@code law}, as seen on {@code today}.
     *
     * @throws Refused if an entry breaks a rule: dated in the future or before the request was sent, or not allowed after what came before it
     */
    public static RequestState replay(Law law, List<Entry> entries, LocalDate today, Policy policy) {
        Replay r = new Replay(law);
        List<Entry> timeline = effective(entries, today);
        LocalDate sent = timeline.stream().filter(e -> e.type() == EventType.SENT).map(Entry::on).findFirst().orElse(null);
        for (Entry e : timeline) {
            if (e.type() == EventType.CORRECTED) continue;
            Status now = r.statusOn(e.on());
            if (sent != null && e.on().isBefore(sent) && e.type() != EventType.NOTE && e.type() != EventType.WITHDRAWN) {
                throw refused(e, now, law, e.type() + " is dated " + e.on() + ", before the request was sent on " + sent);
            }
            Rules.Rule rule = Rules.of(e.type());
            if (!rule.from().contains(now)) {
                throw refused(e, now, law, explain(e, now));
            }
            try {
                rule.effect().apply(r, e);
            } catch (Rules.Broken b) {
                throw refused(e, now, law, b.getMessage());
            }
        }
        return state(r, today, policy, replyToClassify(entries));
    }

    /** What settles a reply: an event saying what the authority's message was (or a note dismissing it). */
    private static final Set<EventType> CLASSIFIES = EnumSet.of(EventType.ACKNOWLEDGED, EventType.CLARIFICATION_REQUESTED,
            EventType.EXTENDED, EventType.RESPONDED, EventType.REVIEW_RESPONDED, EventType.DECISION_NOTICE,
            EventType.APPEAL_DECIDED, EventType.CORRECTED, EventType.NOTE, EventType.WITHDRAWN, EventType.CLOSED);

    /** True while the last RECEIVED reply has no classifying event recorded after it (recording order). */
    static boolean replyToClassify(List<Entry> entries) {
        int lastReceived = entries.stream().filter(e -> e.type() == EventType.RECEIVED).mapToInt(Entry::seq).max().orElse(-1);
        return lastReceived >= 0 && entries.stream().noneMatch(e -> e.seq() > lastReceived && CLASSIFIES.contains(e.type()));
    }

    /** The working days an authority is late on {@code today} (0 if not late), from the stored projection. */
    public static int workingDaysLate(Law law, Status state, LocalDate due, LocalDate respondedOn, LocalDate today) {
        if (due == null) return 0;
        WorkingDays wd = law.workingDays();
        if (respondedOn != null) return Math.max(0, wd.workingDaysBetween(due, respondedOn));
        if (state == Status.AWAITING_RESPONSE && due.isBefore(today)) return wd.workingDaysBetween(due, today);
        return 0;
    }

    /** Corrections applied to what they correct, future dates refused, then in date order (ties: recording order). */
    private static List<Entry> effective(List<Entry> entries, LocalDate today) {
        Map<Long, Entry> byId = new HashMap<>();
        Map<Long, Entry> latestCorrection = new HashMap<>();
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::seq));
        for (Entry e : sorted) {
            if (e.on() != null && e.on().isAfter(today)) {
                throw new Refused(e, null, Set.of(), e.type() + " is dated " + e.on() + ", which is in the future (today is " + today + ")");
            }
            if (e.type() == EventType.CORRECTED) {
                Entry target = e.corrects() == null ? null : byId.get(e.corrects());
                if (target == null || !CORRECTABLE.contains(target.type())) {
                    throw new Refused(e, null, Set.of(), "A correction must name an earlier event of this request (not a note or another correction)");
                }
                latestCorrection.put(target.id(), e);
            }
            byId.put(e.id(), e);
        }
        List<Entry> result = new ArrayList<>(sorted.size());
        for (Entry e : sorted) {
            Entry c = latestCorrection.get(e.id());
            result.add(c == null || e.type() == EventType.CORRECTED ? e : e.correctedBy(c));
        }
        result.sort(Comparator.comparing(Entry::on).thenComparingInt(Entry::seq));
        return result;
    }

    private static RequestState state(Replay r, LocalDate today, Policy policy, boolean replyToClassify) {
        Status status = r.statusOn(today);
        Law law = r.law;
        WorkingDays wd = law.workingDays();
        LocalDate due = r.effectiveDue();
        Integer taken = r.respondedOn == null || r.clockStartedOn == null ? null : wd.workingDaysBetween(r.clockStartedOn, r.respondedOn);
        int late = workingDaysLate(law, r.state, due, r.respondedOn, today);
        Deadlines deadlines = new Deadlines(r.responseDue, r.extendedTo, r.veryOverdueOn(), reviewRequestBy(r, status),
                r.reviewRequestedOn == null ? null : r.reviewDue, complaintBy(r, policy), r.complianceDue, r.appealBy);
        Outcome outcome = Outcome.overall(r.answers.stream().map(Answer::outcome).toList());
        return new RequestState(r.state, status, outcome, r.sentOn, r.clockStartedOn, r.respondedOn, taken, late, deadlines,
                r.answers, r.reviewResult, r.decision, r.reviewRequestedOn, r.reviewRespondedOn, r.complaintOn, r.decisionOn,
                Rules.allowedIn(status, law), replyToClassify);
    }

    /** 40 working days after the response; under FOISA a failure to respond can be reviewed too, 40 days after it was due (s.20(5)). */
    private static LocalDate reviewRequestBy(Replay r, Status status) {
        if (r.respondedOn != null) return r.law.due(Step.REVIEW_REQUEST, r.respondedOn);
        if (r.law == Law.FOISA && (status == Status.OVERDUE || status == Status.VERY_OVERDUE)) {
            return r.law.due(Step.REVIEW_REQUEST, r.effectiveDue());
        }
        return null;
    }

    /** The complaint window runs from the review's outcome (or, under FOISA, from when the review was due). */
    private static LocalDate complaintBy(Replay r, Policy policy) {
        LocalDate from = r.reviewRespondedOn;
        if (from == null && r.law == Law.FOISA && r.reviewDue != null && r.state == Status.REVIEW_PENDING) from = r.reviewDue;
        if (from == null) return null;
        return r.law.regulator() == Regulator.ICO ? policy.icoComplaintWindow().from(r.law, from) : r.law.due(Step.COMPLAINT, from);
    }

    private static Refused refused(Entry e, Status now, Law law, String message) {
        return new Refused(e, now, Rules.allowedIn(now, law), message);
    }

    private static String explain(Entry e, Status now) {
        String why = switch (e.type()) {
            case DECISION_NOTICE -> "A decision notice needs a complaint to the regulator first";
            case REVIEW_RESPONDED -> "A review response needs a review request first";
            case RESPONDED -> "A response can only follow the request (or correct the last response)";
            case SENT -> "The request was already sent";
            case CLARIFICATION_GIVEN -> "No clarification was asked for";
            case APPEAL_LODGED -> "An appeal needs a decision notice first";
            case APPEAL_DECIDED -> "No appeal was lodged";
            default -> e.type() + " does not fit here";
        };
        return why + "; on " + e.on() + " the request was " + now;
    }
}
