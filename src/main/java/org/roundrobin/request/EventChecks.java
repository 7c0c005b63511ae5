package org.roundrobin.request;

import static org.roundrobin.request.EventType.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;

/**
 * Checks an event's own fields (400 when wrong): required and inapplicable fields, one outcome per question,
 * sections that exist in the request's law, NCND citing an NCND provision. Whether the event fits the
 * timeline is {@link Timeline}'s job (409).
 */
final class EventChecks {

    private static final Set<EventType> WITH_OUTCOMES = EnumSet.of(RESPONDED, REVIEW_RESPONDED, CORRECTED);
    private static final Set<EventType> WITH_EXTENSION = EnumSet.of(EXTENDED, CORRECTED);
    private static final Set<EventType> WITH_REVIEW_RESULT = EnumSet.of(REVIEW_RESPONDED, CORRECTED);
    private static final Set<EventType> WITH_DECISION = EnumSet.of(DECISION_NOTICE, APPEAL_DECIDED, CORRECTED);
    private static final Set<EventType> WITH_COMPLIANCE = EnumSet.of(DECISION_NOTICE, CORRECTED);
    private static final Set<EventType> WITH_CASE = EnumSet.of(COMPLAINT_SUBMITTED, DECISION_NOTICE, APPEAL_LODGED, APPEAL_DECIDED, CORRECTED);

    private EventChecks() {
    }

    /** The entry to replay, or the list of faults in {@code errors}. */
    static Entry check(EventInput in, Campaign campaign, Law law, List<FieldError> errors) {
        if (in.type() == null) {
            errors.add(FieldError.of("type", "is required (one of " + List.of(EventType.values()) + ")"));
            return null;
        }
        EventType t = in.type();
        if (in.on() == null) errors.add(FieldError.of("on", "is required: the date it happened (yyyy-MM-dd)"));
        requireIf(t == EXTENDED, in.extendedTo() != null, "extendedTo", "is required: the new date the authority gave", errors);
        requireIf(t == REVIEW_RESPONDED, in.reviewResult() != null, "reviewResult", "is required (one of " + List.of(ReviewResult.values()) + ")", errors);
        requireIf(t == DECISION_NOTICE, in.decision() != null, "decision", "is required (one of " + List.of(DecisionOutcome.values()) + ")", errors);
        requireIf(t == CORRECTED, in.corrects() != null, "corrects", "is required: the id of the event being corrected", errors);
        refuseUnless(WITH_EXTENSION.contains(t), in.extendedTo() != null, "extendedTo", t, errors);
        refuseUnless(WITH_REVIEW_RESULT.contains(t), in.reviewResult() != null, "reviewResult", t, errors);
        refuseUnless(WITH_DECISION.contains(t), in.decision() != null, "decision", t, errors);
        refuseUnless(WITH_COMPLIANCE.contains(t), in.complianceDue() != null, "complianceDue", t, errors);
        refuseUnless(WITH_CASE.contains(t), in.caseReference() != null, "caseReference", t, errors);
        refuseUnless(t == CORRECTED, in.corrects() != null, "corrects", t, errors);
        boolean hasOutcomes = in.outcomes() != null && !in.outcomes().isEmpty();
        refuseUnless(WITH_OUTCOMES.contains(t), hasOutcomes, "outcomes", t, errors);
        if (t == RESPONDED && !hasOutcomes) {
            errors.add(FieldError.of("outcomes", "are required: one per question (" + campaign.questions.size() + ")"));
        }
        text(in.note(), "note", 8000, errors);
        if (Boolean.TRUE.equals(in.privateNote()) && (in.note() == null || in.note().isBlank())) {
            errors.add(FieldError.of("privateNote", "marks the note private, but there is no note"));
        }
        text(in.authorityReference(), "authorityReference", 120, errors);
        text(in.caseReference(), "caseReference", 64, errors);
        List<Answer> answers = hasOutcomes && WITH_OUTCOMES.contains(t) ? answers(in.outcomes(), campaign, law, errors) : List.of();
        if (in.on() != null && in.complianceDue() != null && in.complianceDue().isBefore(in.on())) {
            errors.add(FieldError.of("complianceDue", "is before the decision notice's date"));
        }
        if (!errors.isEmpty()) return null;
        return new Entry(0, 0, t, in.on(), answers, in.extendedTo(), in.reviewResult(), in.decision(), in.complianceDue(), in.corrects());
    }

    private static List<Answer> answers(List<EventInput.OutcomeInput> outcomes, Campaign campaign, Law law, List<FieldError> errors) {
        List<Answer> answers = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            EventInput.OutcomeInput o = outcomes.get(i);
            String at = "outcomes[" + i + "]";
            if (o == null) {
                errors.add(FieldError.of(at, "is empty"));
                continue;
            }
            if (o.question() == null) {
                errors.add(FieldError.of(at + ".question", "is required"));
                continue;
            }
            if (campaign.question(o.question()).isEmpty()) {
                errors.add(FieldError.of(at + ".question", "the campaign has no question " + o.question()));
                continue;
            }
            if (!seen.add(o.question())) {
                errors.add(FieldError.of(at + ".question", "question " + o.question() + " is given twice"));
                continue;
            }
            if (o.outcome() == null) {
                errors.add(FieldError.of(at + ".outcome", "is required (one of " + List.of(Outcome.values()) + ")"));
                continue;
            }
            answers.add(new Answer(o.question(), o.outcome(), sections(o, at, law, errors)));
        }
        List<Integer> missing = campaign.questions.stream().map(q -> q.number).filter(n -> !seen.contains(n)).toList();
        if (!missing.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("outcomes", "give an outcome for every question; missing: "
                    + String.join(", ", missing.stream().map(n -> "Q" + n + " " + label(campaign, n)).toList())));
        }
        answers.sort(java.util.Comparator.comparingInt(Answer::question));
        return answers;
    }

    private static List<String> sections(EventInput.OutcomeInput o, String at, Law law, List<FieldError> errors) {
        Set<String> cited = new LinkedHashSet<>();
        boolean ncnd = false;
        List<String> given = o.sections() == null ? List.of() : o.sections();
        for (int j = 0; j < given.size(); j++) {
            String text = given.get(j);
            Citation c = text == null ? null : law.exemptions().lookup(text).orElse(null);
            if (c == null) {
                errors.add(FieldError.of(at + ".sections[" + j + "]", "'" + text + "' is not a section of " + law
                        + " that can refuse information (see GET /api/law/exemptions?law=" + law + ")"));
                continue;
            }
            if (o.outcome() == Outcome.COST_LIMIT && !c.section().equals("12")) {
                errors.add(FieldError.of(at + ".sections[" + j + "]", "a cost-limit refusal cites section 12, not " + c.cited()));
            }
            if (o.outcome() == Outcome.VEXATIOUS && !c.section().equals("14")) {
                errors.add(FieldError.of(at + ".sections[" + j + "]", "a vexatious or repeated refusal cites section 14, not " + c.cited()));
            }
            ncnd |= c.ncnd();
            cited.add(c.cited());
        }
        if (o.outcome().needsSection() && given.isEmpty()) {
            errors.add(FieldError.of(at + ".sections", "an " + o.outcome() + " outcome must cite the section relied on"));
        } else if (o.outcome() == Outcome.NCND && !ncnd && errors.isEmpty()) {
            errors.add(FieldError.of(at + ".sections", "neither confirming nor denying needs a section with an NCND provision ("
                    + (law == Law.FOISA ? "FOISA s.18" : "e.g. FOIA 31(3), 40(5), 24(2)") + "); " + String.join(", ", cited) + " has none"));
        }
        return List.copyOf(cited);
    }

    private static String label(Campaign c, int n) {
        return c.question(n).map(q -> "(" + q.label + ")").orElse("");
    }

    private static void requireIf(boolean required, boolean present, String field, String message, List<FieldError> errors) {
        if (required && !present) errors.add(FieldError.of(field, message));
    }

    private static void refuseUnless(boolean applies, boolean present, String field, EventType t, List<FieldError> errors) {
        if (present && !applies) errors.add(FieldError.of(field, "does not apply to a " + t + " event"));
    }

    private static void text(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) errors.add(FieldError.of(field, "is longer than " + max + " characters"));
    }

}
