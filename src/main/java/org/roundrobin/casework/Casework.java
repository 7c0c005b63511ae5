package org.roundrobin.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestEvent;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Timeline;
import org.roundrobin.request.Timelines;

/**
 * Opening, editing and deciding regulator cases. Each change that the request's timeline knows about
 * (the complaint, the decision, a correction) is appended there through {@link Timelines} in the same
 * transaction as the case row: if the timeline refuses it, nothing is written.
 */
@ApplicationScoped
public class Casework {

    static final int MAX_TEXT = 8000;

    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;

    public static RegulatorCase find(String reference) {
        String ref = CaseReference.parse(reference).map(CaseReference::text).orElse(reference);
        return RegulatorCase.findByReference(ref).orElseThrow(() -> ProblemException.notFound("Case " + reference));
    }

    /** Records a complaint the regulator has referenced, and appends COMPLAINT_SUBMITTED unless the timeline already has it. */
    @Transactional
    public RegulatorCase open(CaseInputs.Open in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send the case as JSON");
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        FoiRequest r = null;
        if (in.requestId() == null) {
            errors.add(FieldError.of("requestId", "is required: the request the complaint is about"));
        } else if ((r = FoiRequest.findById(in.requestId())) == null) {
            errors.add(FieldError.of("requestId", "no request has the id " + in.requestId()));
        }
        CaseReference ref = reference(in.reference(), r, errors);
        if (in.submittedOn() == null) {
            errors.add(FieldError.of("submittedOn", "is required: the date the complaint was made (yyyy-MM-dd)"));
        } else if (in.submittedOn().isAfter(today)) {
            errors.add(FieldError.of("submittedOn", in.submittedOn() + " is in the future (today is " + today + ")"));
        }
        acceptedOn(in.acceptedOn(), in.submittedOn(), today, errors);
        text(in.grounds(), "grounds", errors);
        text(in.note(), "note", errors);
        List<String> sections = r == null ? List.of() : sections(in.sectionsContested(), r.law(), errors);
        RegulatorCase lead = lead(in.leadReference(), errors);
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);

        RegulatorCase.findByReference(ref.text()).ifPresent(other -> {
            throw ProblemException.conflict("Case " + ref.text() + " is already recorded, for request " + other.request.id)
                    .with("field", "reference");
        });
        FoiRequest request = r;
        RegulatorCase.findByRequest(request).ifPresent(other -> {
            throw ProblemException.conflict("Request " + request.id + " already has case " + other.reference
                    + " (the regulator opens one case per authority's request)").with("case", "/api/cases/" + other.reference);
        });
        RegulatorCase c = new RegulatorCase();
        c.reference = ref.text();
        c.regulator = ref.regulator();
        c.request = request;
        c.submittedOn = in.submittedOn();
        c.acceptedOn = in.acceptedOn();
        c.grounds = blankToNull(in.grounds());
        c.sectionsContested = sections.isEmpty() ? null : String.join(";", sections);
        if (lead != null) {
            LeadGroups.check(c, lead, errors);
            if (!errors.isEmpty()) throw ProblemException.invalid(errors);
            c.lead = lead;
        }
        c.persist();
        complaint(c, in.note());
        return c;
    }

    /** Appends the complaint, or links to the one already on the timeline (recorded as an event before the case). */
    private void complaint(RegulatorCase c, String note) {
        FoiRequest r = c.request;
        RequestState now = stateOrNull(r);
        if (now != null && c.submittedOn.equals(now.complaintOn()) && !now.allowed().contains(EventType.COMPLAINT_SUBMITTED)) {
            for (RequestEvent e : r.events) {
                if (e.type == EventType.COMPLAINT_SUBMITTED && c.submittedOn.equals(e.on) && e.caseReference != null
                        && !e.caseReference.equalsIgnoreCase(c.reference)) {
                    throw ProblemException.conflict("The complaint of " + e.on + " on request " + r.id + "'s timeline names case "
                            + e.caseReference + ", not " + c.reference);
                }
            }
            c.mirror(now);
            // The complaint event exists already; a note given with the case is kept beside it, not dropped.
            if (note != null && !note.isBlank()) timelines.append(r, EventInput.of(EventType.NOTE, c.submittedOn).withNote(note.strip()));
            return;
        }
        EventInput event = EventInput.of(EventType.COMPLAINT_SUBMITTED, c.submittedOn).withCaseReference(c.reference).withNote(note);
        c.mirror(timelines.append(r, event).state());
    }

    /** Replaces the case's own facts: its lead, when the regulator accepted it, the grounds and sections contested. */
    @Transactional
    public RegulatorCase edit(String reference, CaseInputs.Edit in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send the case's leadReference, acceptedOn, grounds, sectionsContested");
        RegulatorCase c = find(reference);
        if (in.version() != null && in.version() != c.version) {
            throw new ProblemException(409, "Edited by someone else", "Case " + c.reference + " is at version " + c.version
                    + " but your change was based on version " + in.version() + "; reload it and apply your change again", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        acceptedOn(in.acceptedOn(), c.submittedOn, clock.today(), errors);
        text(in.grounds(), "grounds", errors);
        List<String> sections = sections(in.sectionsContested(), c.law(), errors);
        RegulatorCase lead = lead(in.leadReference(), errors);
        if (lead != null) LeadGroups.check(c, lead, errors);
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        c.lead = lead;
        c.acceptedOn = in.acceptedOn();
        c.grounds = blankToNull(in.grounds());
        c.sectionsContested = sections.isEmpty() ? null : String.join(";", sections);
        return c;
    }

    /** Records the decision notice: appends DECISION_NOTICE; a decided case is corrected instead (409). */
    @Transactional
    public RegulatorCase decide(String reference, CaseInputs.Decision in) {
        RegulatorCase c = find(reference);
        if (c.isDecided()) {
            String correction = "/api/cases/" + c.reference + "/decision/correction";
            throw ProblemException.conflict("Case " + c.reference + " was decided on " + c.decidedOn + " (" + c.outcome
                    + "); a decision is recorded once: to change it, POST the corrected decision to " + correction)
                    .with("correction", correction);
        }
        List<FieldError> errors = new ArrayList<>();
        checkDecision(c, in, true, errors);
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        EventInput event = EventInput.of(EventType.DECISION_NOTICE, in.decidedOn()).withCaseReference(c.reference)
                .withDecision(in.outcome(), in.complianceDue()).withNote(blankToNull(in.note()));
        c.mirror(timelines.append(c.request, event).state());
        c.stepsOrdered = blankToNull(in.stepsOrdered());
        return c;
    }

    /**
     * Corrects a recorded decision: appends a CORRECTED event naming the decision notice's event (the timeline
     * stays append-only) and updates the case from the replay. Fields left out keep their recorded value.
     */
    @Transactional
    public RegulatorCase correct(String reference, CaseInputs.Decision in) {
        RegulatorCase c = find(reference);
        if (!c.isDecided()) {
            throw ProblemException.conflict("Case " + c.reference + " has no decision to correct; record it with POST /api/cases/"
                    + c.reference + "/decision");
        }
        List<FieldError> errors = new ArrayList<>();
        checkDecision(c, in, false, errors);
        boolean changes = in != null && (in.decidedOn() != null || in.outcome() != null || in.complianceDue() != null
                || in.stepsOrdered() != null);
        if (errors.isEmpty() && !changes) {
            errors.add(FieldError.of("body", "says nothing to correct: give decidedOn, outcome, stepsOrdered or complianceDue"));
        }
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        RequestEvent notice = c.request.events.stream().filter(e -> e.type == EventType.DECISION_NOTICE)
                .reduce((a, b) -> b).orElseThrow(() -> ProblemException.conflict("Request " + c.request.id
                        + "'s timeline has no decision notice to correct"));
        // A correction restates the whole decision: the timeline applies the latest correction of an event, alone.
        LocalDate on = in.decidedOn() != null ? in.decidedOn() : c.decidedOn;
        DecisionOutcome outcome = in.outcome() != null ? in.outcome() : c.outcome;
        LocalDate compliance = in.complianceDue() != null ? in.complianceDue() : c.complianceDueOverride;
        String note = in.note() != null && !in.note().isBlank() ? in.note().strip()
                : "Decision of case " + c.reference + " corrected" + (in.stepsOrdered() != null ? " (steps ordered)" : "");
        EventInput event = new EventInput(EventType.CORRECTED, on, note, null, null, null, null, null, outcome,
                compliance, c.reference, notice.id, null);
        c.mirror(timelines.append(c.request, event).state());
        if (in.stepsOrdered() != null) c.stepsOrdered = blankToNull(in.stepsOrdered());
        return c;
    }

    private void checkDecision(RegulatorCase c, CaseInputs.Decision in, boolean complete, List<FieldError> errors) {
        if (in == null) {
            errors.add(FieldError.of("body", "is empty; send {\"decidedOn\":\"yyyy-MM-dd\",\"outcome\":\"UPHELD\"}"));
            return;
        }
        LocalDate today = clock.today();
        if (complete && in.decidedOn() == null) errors.add(FieldError.of("decidedOn", "is required: the date of the decision notice"));
        if (complete && in.outcome() == null) {
            errors.add(FieldError.of("outcome", "is required: UPHELD, PARTLY_UPHELD or NOT_UPHELD (the complaint, as the notice decides it)"));
        }
        LocalDate on = in.decidedOn() != null ? in.decidedOn() : c.decidedOn;
        if (in.decidedOn() != null && in.decidedOn().isBefore(c.submittedOn)) {
            errors.add(FieldError.of("decidedOn", in.decidedOn() + " is before the complaint, submitted on " + c.submittedOn));
        } else if (in.decidedOn() != null && in.decidedOn().isAfter(today)) {
            errors.add(FieldError.of("decidedOn", in.decidedOn() + " is in the future (today is " + today + ")"));
        }
        if (in.complianceDue() != null && on != null && in.complianceDue().isBefore(on)) {
            errors.add(FieldError.of("complianceDue", in.complianceDue() + " is before the decision notice of " + on));
        }
        text(in.stepsOrdered(), "stepsOrdered", errors);
        text(in.note(), "note", errors);
    }

    private static CaseReference reference(String text, FoiRequest r, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("reference", "is required: the regulator's case reference (" + CaseReference.allFormats() + ")"));
            return null;
        }
        CaseReference ref = CaseReference.parse(text).orElse(null);
        if (ref == null) {
            errors.add(FieldError.of("reference", "'" + text.strip() + "' is not a case reference the regulators use ("
                    + CaseReference.allFormats() + ")"));
        } else if (r != null && ref.regulator() != r.law().regulator()) {
            errors.add(FieldError.of("reference", ref.text() + " is a " + ref.regulator().label() + " reference, but request " + r.id
                    + " is under " + r.law() + ": complaints go to the " + r.law().regulator().label() + " ("
                    + CaseReference.formatsOf(r.law().regulator()) + ")"));
        }
        return ref;
    }

    private static RegulatorCase lead(String reference, List<FieldError> errors) {
        if (reference == null || reference.isBlank()) return null;
        CaseReference ref = CaseReference.parse(reference).orElse(null);
        RegulatorCase lead = ref == null ? null : RegulatorCase.findByReference(ref.text()).orElse(null);
        if (lead == null) {
            errors.add(FieldError.of("leadReference", "no case has the reference '" + reference.strip() + "'; record the lead case first"));
        }
        return lead;
    }

    private static void acceptedOn(LocalDate accepted, LocalDate submitted, LocalDate today, List<FieldError> errors) {
        if (accepted == null) return;
        if (submitted != null && accepted.isBefore(submitted)) {
            errors.add(FieldError.of("acceptedOn", accepted + " is before the complaint was submitted (" + submitted + ")"));
        } else if (accepted.isAfter(today)) {
            errors.add(FieldError.of("acceptedOn", accepted + " is in the future (today is " + today + ")"));
        }
    }

    /** Each contested section must be one the request's law has; stored as cited ("31(3)"). */
    static List<String> sections(List<String> given, Law law, List<FieldError> errors) {
        if (given == null) return List.of();
        Set<String> cited = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String text = given.get(i);
            Citation c = text == null ? null : law.exemptions().lookup(text).orElse(null);
            if (c == null) {
                errors.add(FieldError.of("sectionsContested[" + i + "]", "'" + text + "' is not a section of " + law
                        + " that can refuse information (see GET /api/law/exemptions?law=" + law + ")"));
            } else {
                cited.add(c.cited());
            }
        }
        return List.copyOf(cited);
    }

    private RequestState stateOrNull(FoiRequest r) {
        try {
            return timelines.state(r);
        } catch (Timeline.Refused stale) {
            return null; // the timeline itself no longer replays today: appending will say why
        }
    }

    private static void text(String value, String field, List<FieldError> errors) {
        if (value != null && value.length() > MAX_TEXT) errors.add(FieldError.of(field, "is longer than " + MAX_TEXT + " characters"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
