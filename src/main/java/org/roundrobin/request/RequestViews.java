package org.roundrobin.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.roundrobin.authority.AuthorityView;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;

/** The request as the API shows it: a row in a campaign's list, and the full record with its timeline. */
public final class RequestViews {

    private RequestViews() {
    }

    public record Row(long id, AuthorityView.Ref authority, Status status, LocalDate sentOn, LocalDate dueOn,
                      LocalDate respondedOn, Outcome outcome, int workingDaysLate, int version, boolean replyToClassify) {
        public static Row of(FoiRequest r, LocalDate today) {
            Status status = r.statusOn(today);
            return new Row(r.id, AuthorityView.Ref.of(r.authority), status, r.sentOn, r.dueOn, r.respondedOn, r.outcome,
                    Timeline.workingDaysLate(r.law(), r.state, r.dueOn, r.respondedOn, today), r.version, r.replyToClassify);
        }
    }

    public record CampaignRef(String slug, String title) {
        static CampaignRef of(Campaign c) {
            return new CampaignRef(c.slug, c.title);
        }
    }

    public record AnswerView(int question, String label, Outcome outcome, List<String> sections) {
    }

    public record Full(long id, CampaignRef campaign, AuthorityView.Ref authority, String foiEmail, Law law, Regulator regulator,
                       Status status, Outcome outcome, LocalDate sentOn, LocalDate dueOn, LocalDate respondedOn,
                       Integer workingDaysTaken, int workingDaysLate, Deadlines deadlines, ReviewResult reviewResult,
                       DecisionOutcome decision, List<AnswerView> answers, Set<EventType> allowedEvents,
                       List<EventView> events, int version, boolean replyToClassify) {

        public static Full of(FoiRequest r, RequestState s) {
            List<AnswerView> answers = s.answers().stream().map(a -> new AnswerView(a.question(),
                    r.campaign.question(a.question()).map(q -> q.label).orElse(null), a.outcome(), a.sections())).toList();
            return new Full(r.id, CampaignRef.of(r.campaign), AuthorityView.Ref.of(r.authority), r.authority.foiEmail, r.law(),
                    r.authority.regulator, s.status(), s.outcome(), s.sentOn(), s.deadlines().effectiveDue(), s.respondedOn(),
                    s.workingDaysTaken(), s.workingDaysLate(), s.deadlines(), s.reviewResult(), s.decision(), answers,
                    s.allowed(), r.events.stream().map(EventView::of).toList(), r.version, s.replyToClassify());
        }

        /** This view with private notes left out (for a viewer of the campaign). */
        public Full withoutPrivateNotes() {
            return new Full(id, campaign, authority, foiEmail, law, regulator, status, outcome, sentOn, dueOn, respondedOn,
                    workingDaysTaken, workingDaysLate, deadlines, reviewResult, decision, answers, allowedEvents,
                    events.stream().map(EventView::withoutPrivateNote).toList(), version, replyToClassify);
        }
    }

    public record OutcomeView(int question, Outcome outcome, List<String> sections) {
    }

    public record EventView(long id, int seq, EventType type, LocalDate on, Instant recordedAt, String recordedBy, String note,
                            String authorityReference, List<OutcomeView> outcomes, LocalDate extendedTo,
                            ReviewResult reviewResult, DecisionOutcome decision, LocalDate complianceDue,
                            String caseReference, Long corrects, boolean notePrivate) {
        public static EventView of(RequestEvent e) {
            return new EventView(e.id, e.seq, e.type, e.on, e.recordedAt, e.recordedBy, e.note, e.authorityReference,
                    e.answers.isEmpty() ? null : e.answers.stream()
                            .map(a -> new OutcomeView(a.question, a.outcome, Answer.parseSections(a.sections))).toList(),
                    e.extendedTo, e.reviewResult, e.decision, e.complianceDue, e.caseReference, e.corrects, e.notePrivate);
        }

        /** The same event with a private note left out (for a viewer): the flag stays, so they know there is one. */
        public EventView withoutPrivateNote() {
            return notePrivate ? new EventView(id, seq, type, on, recordedAt, recordedBy, null, authorityReference, outcomes, extendedTo,
                    reviewResult, decision, complianceDue, caseReference, corrects, true) : this;
        }
    }
}
