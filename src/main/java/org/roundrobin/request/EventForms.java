package org.roundrobin.request;

import static org.roundrobin.request.EventType.*;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.roundrobin.web.Form;
import org.roundrobin.web.Labels;

/**
 * The request page's small forms, one per event type allowed now: which fields each shows (only the ones
 * {@link EventChecks} accepts for that type) and turning what was typed into an {@link EventInput}.
 */
final class EventForms {

    private static final Set<EventType> WITH_REFERENCE = EnumSet.of(ACKNOWLEDGED, CLARIFICATION_REQUESTED, EXTENDED, REVIEW_RESPONDED);
    private static final Set<EventType> WITH_CASE = EnumSet.of(COMPLAINT_SUBMITTED, DECISION_NOTICE, APPEAL_LODGED, APPEAL_DECIDED);

    private EventForms() {
    }

    /** One event type's form: its fields, and its values and messages when it was the one submitted. */
    @TemplateData
    record Spec(EventType type, Form form) {
        public String name() {
            return type.name();
        }

        public String label() {
            return Labels.text("event." + type.name());
        }

        public boolean reference() {
            return WITH_REFERENCE.contains(type);
        }

        public boolean extendedTo() {
            return type == EXTENDED;
        }

        public boolean reviewResult() {
            return type == REVIEW_RESPONDED;
        }

        public boolean decision() {
            return type == DECISION_NOTICE || type == APPEAL_DECIDED;
        }

        public boolean complianceDue() {
            return type == DECISION_NOTICE;
        }

        public boolean caseReference() {
            return WITH_CASE.contains(type);
        }

        public boolean corrects() {
            return type == CORRECTED;
        }

        /** Responses are recorded on the response form, which has a field per question and the letter. */
        public boolean isResponse() {
            return type == RESPONDED;
        }

        public List<ReviewResult> reviewResults() {
            return List.of(ReviewResult.values());
        }

        public List<DecisionOutcome> decisions() {
            return List.of(DecisionOutcome.values());
        }

        public boolean open() {
            return form.invalid();
        }
    }

    static List<Spec> specs(Set<EventType> allowed, EventType submitted, Form submittedForm, LocalDate today) {
        // The submitted form stays on the page even when its type is not allowed (now): its message and values are there.
        return Arrays.stream(EventType.values()).filter(t -> allowed.contains(t) || t == submitted)
                .filter(t -> t != SENT) // sending is the launch's job
                .filter(t -> t != RECEIVED) // a reply is added with its file or text ("Add a reply received")
                .map(t -> new Spec(t, t == submitted ? submittedForm : Form.empty().put("on", today))).toList();
    }

    /** The event as typed; unreadable dates and choices become messages in {@code form}. */
    static EventInput input(EventType type, Form form, Integer version) {
        return new EventInput(type, date(form, "on"), text(form, "note"), text(form, "authorityReference"), null, null,
                date(form, "extendedTo"), choice(form, "reviewResult", ReviewResult.class), choice(form, "decision", DecisionOutcome.class),
                date(form, "complianceDue"), text(form, "caseReference"), number(form, "corrects"), version);
    }

    static String field(String path) {
        return switch (path) {
            case "on", "note", "authorityReference", "extendedTo", "reviewResult", "decision", "complianceDue", "caseReference", "corrects" -> path;
            default -> null;
        };
    }

    private static String text(Form f, String name) {
        String v = f.value(name);
        return v.isBlank() ? null : v;
    }

    static LocalDate date(Form f, String name) {
        String v = f.value(name);
        if (v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            f.error(name, "'" + v + "' is not a date; use the form yyyy-mm-dd");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Form f, String name, Class<E> type) {
        String v = f.value(name);
        if (v.isBlank()) return null;
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            f.error(name, "'" + v + "' is not one of the choices");
            return null;
        }
    }

    private static Long number(Form f, String name) {
        String v = f.value(name);
        if (v.isBlank()) return null;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            f.error(name, "'" + v + "' is not one of the choices");
            return null;
        }
    }
}
