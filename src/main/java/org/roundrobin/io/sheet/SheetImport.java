package org.roundrobin.io.sheet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundrobin.authority.Authority;
import org.roundrobin.authority.AuthorityView;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.CampaignInput;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.Answer;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Entry;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Launcher;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;
import org.roundrobin.request.TimelineConfig;
import org.roundrobin.request.Timelines;

/**
 * Takes in a campaign already under way from a spreadsheet: creates the campaign, one request per row and each
 * request's timeline (sent, and responded with an outcome per question) through {@link Timelines#append}, so
 * every rule of a recorded event applies. Every row is resolved and checked before anything is written; one
 * transaction writes it all, or (dry run) writes it and rolls back, returning the plan.
 */
@ApplicationScoped
public class SheetImport {

    public static final String NO_TEXT = "(Imported from a spreadsheet; the text of the request was not given.)";

    @Inject
    Campaigns campaigns;
    @Inject
    Launcher launcher;
    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;
    @Inject
    TimelineConfig config;
    @Inject
    Validator validator;

    /** What the query parameters say about the campaign; {@code questions} are labels for Q1, Q2... in order. */
    public record Params(String title, String slug, String requestText, String requesterName, String requesterEmail,
                         LocalDate sentOn, List<String> questions) {
    }

    public record Planned(int row, String given, AuthorityView.Ref authority, LocalDate sent, LocalDate responded, Status status,
                          Outcome outcome, Map<String, String> answers, String note) {
    }

    public record Plan(boolean dryRun, String campaign, String title, List<CampaignInput.QuestionInput> questions, int rows,
                       List<Planned> requests, List<String> ignoredColumns) {
    }

    public record Candidate(String slug, String name) {
    }

    public record Unresolved(int row, String given, List<Candidate> candidates) {
    }

    private record Resolved(Sheet.Row row, Authority authority, LocalDate sent, LocalDate responded, List<Answer> answers) {
    }

    public Plan run(byte[] body, Params p, boolean dryRun) {
        Sheet sheet = Sheet.read(body);
        if (sheet.rows().isEmpty()) throw ProblemException.invalid("body", "has a header but no rows");
        List<CampaignInput.QuestionInput> questions = questions(sheet, p);
        CampaignInput input = input(p, questions, List.of());
        List<FieldError> errors = new ArrayList<>(violations(input));
        List<Unresolved> unresolved = new ArrayList<>();
        List<Resolved> resolved = QuarkusTransaction.requiringNew().call(() -> resolve(sheet, p, errors, unresolved));
        if (!errors.isEmpty()) {
            ProblemException problem = ProblemException.invalid(errors);
            if (!unresolved.isEmpty()) problem.with("unresolved", unresolved);
            throw problem;
        }
        CampaignInput full = input(p, questions, resolved.stream().map(r -> r.authority().slug).toList());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Plan plan = write(full, resolved, sheet, dryRun);
                if (dryRun) throw new DryRun(plan); // leaving by an exception rolls everything back
                return plan;
            });
        } catch (DryRun d) {
            return d.plan;
        }
    }

    /** Carries a dry run's plan out of the transaction it rolls back. */
    private static final class DryRun extends RuntimeException {
        final transient Plan plan;

        DryRun(Plan plan) {
            super(null, null, false, false);
            this.plan = plan;
        }
    }

    /** Every row matched to one authority and read, or its faults (with the row number) in {@code errors}. */
    private List<Resolved> resolve(Sheet sheet, Params p, List<FieldError> errors, List<Unresolved> unresolved) {
        AuthorityMatcher matcher = new AuthorityMatcher(Authority.listAll());
        Map<Long, Integer> taken = new HashMap<>();
        List<Resolved> out = new ArrayList<>();
        LocalDate today = clock.today();
        for (Sheet.Row row : sheet.rows()) {
            int before = errors.size();
            java.util.function.BiConsumer<String, String> error = (field, message) -> errors.add(new FieldError(field, row.row(), message));
            AuthorityMatcher.Match m = matcher.match(row.authority());
            if (!m.found()) {
                String given = row.authority() == null ? "" : row.authority();
                String names = String.join(", ", m.candidates().stream().map(a -> a.name + " (" + a.slug + ")").toList());
                error.accept("authority", given.isEmpty() ? "names no authority" : "'" + given + "' " + (m.ambiguous()
                        ? "is ambiguous: it could be " + names : m.candidates().isEmpty() ? "matches no authority in the directory"
                        : "matches no authority exactly; did you mean " + names + "?"));
                unresolved.add(new Unresolved(row.row(), given, m.candidates().stream().map(a -> new Candidate(a.slug, a.name)).toList()));
            } else {
                Integer first = taken.putIfAbsent(m.authority().id, row.row());
                if (first != null) error.accept("authority", m.authority().name + " is also on row " + first);
            }
            LocalDate sent = null, responded = null;
            try {
                sent = row.sent() != null ? SheetRows.date(row.sent()) : p.sentOn();
                if (sent == null) error.accept("sent", "is empty: give the date the request was sent (or the sentOn parameter for every row)");
            } catch (IllegalArgumentException e) {
                error.accept("sent", e.getMessage());
            }
            try {
                responded = SheetRows.date(row.responded());
            } catch (IllegalArgumentException e) {
                error.accept("responded", e.getMessage());
            }
            if (row.notes() != null && row.notes().length() > 8000) error.accept("notes", "is longer than 8000 characters");
            List<Answer> answers = new ArrayList<>();
            if (m.found()) {
                var law = m.authority().law;
                List<String> rowSections = SheetRows.sections(row.sections());
                for (var cell : row.cells().entrySet()) {
                    try {
                        OutcomeCell parsed = OutcomeCell.parse(cell.getValue());
                        if (parsed == null && row.responded() != null) error.accept("Q" + cell.getKey(), "is empty: every question needs an outcome once the authority responded");
                        if (parsed != null && row.responded() == null) error.accept("Q" + cell.getKey(), "has an outcome but the row has no date responded");
                        if (parsed != null) answers.add(SheetRows.answer(cell.getKey(), parsed, rowSections, law, error));
                    } catch (IllegalArgumentException e) {
                        error.accept("Q" + cell.getKey(), e.getMessage());
                    }
                }
                if (errors.size() == before) replayOrReport(law, sent, responded, answers, today, error);
            }
            if (errors.size() == before) out.add(new Resolved(row, m.authority(), sent, responded, answers));
        }
        return out;
    }

    /** The row's timeline must replay as recorded events would: no date in the future, no response before the request. */
    private void replayOrReport(org.roundrobin.law.Law law, LocalDate sent, LocalDate responded, List<Answer> answers, LocalDate today,
                                java.util.function.BiConsumer<String, String> error) {
        List<Entry> entries = new ArrayList<>(List.of(new Entry(1, 1, EventType.SENT, sent, null, null, null, null, null, null)));
        if (responded != null) entries.add(new Entry(2, 2, EventType.RESPONDED, responded, answers, null, null, null, null, null));
        try {
            Timeline.replay(law, entries, today, config.policy());
        } catch (Timeline.Refused r) {
            error.accept(r.entry != null && r.entry.type() == EventType.SENT ? "sent" : "responded", r.getMessage());
        }
    }

    private Plan write(CampaignInput input, List<Resolved> rows, Sheet sheet, boolean dryRun) {
        Campaign c = campaigns.create(input);
        LocalDate first = rows.stream().map(Resolved::sent).min(LocalDate::compareTo).orElseThrow();
        Map<Long, FoiRequest> byAuthority = new HashMap<>();
        launcher.createRequests(c, first).forEach(r -> byAuthority.put(r.authority.id, r));
        c.sentOn = first;
        List<Planned> planned = new ArrayList<>();
        for (Resolved r : rows) {
            FoiRequest request = byAuthority.get(r.authority().id);
            String note = r.row().notes();
            try {
                Timelines.Appended last = timelines.append(request, EventInput.of(EventType.SENT, r.sent()).withNote(r.responded() == null ? note : null));
                if (r.responded() != null) {
                    List<EventInput.OutcomeInput> outcomes = r.answers().stream()
                            .map(a -> new EventInput.OutcomeInput(a.question(), a.outcome(), a.sections())).toList();
                    last = timelines.append(request, new EventInput(EventType.RESPONDED, r.responded(), note, null, null, outcomes,
                            null, null, null, null, null, null, null));
                }
                Map<String, String> answers = new LinkedHashMap<>();
                r.answers().forEach(a -> answers.put("Q" + a.question(), a.sections().isEmpty() ? a.outcome().name()
                        : a.outcome() + " " + String.join("; ", a.sections())));
                planned.add(new Planned(r.row().row(), r.row().authority(), AuthorityView.Ref.of(r.authority()), r.sent(), r.responded(),
                        last.state().status(), last.state().outcome(), answers, note));
            } catch (ProblemException e) {
                // Checked above, so this is a rule only the recorded timeline knows: name the row, write nothing.
                throw ProblemException.invalid(List.of(new FieldError("row", r.row().row(), e.getMessage())));
            }
        }
        return new Plan(dryRun, c.slug, c.title, input.questions(), rows.size(), planned, sheet.ignored());
    }

    private static List<CampaignInput.QuestionInput> questions(Sheet sheet, Params p) {
        List<Integer> numbers = new ArrayList<>(sheet.questions().keySet());
        if (p.questions() != null && !p.questions().isEmpty() && p.questions().size() != numbers.size()) {
            throw ProblemException.invalid("question", p.questions().size() + " labels given for " + numbers.size()
                    + " question columns " + numbers.stream().map(n -> "Q" + n).toList());
        }
        List<CampaignInput.QuestionInput> list = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int n = numbers.get(i);
            String label = p.questions() != null && !p.questions().isEmpty() ? p.questions().get(i) : sheet.questions().get(n);
            list.add(new CampaignInput.QuestionInput(n, label == null || label.isBlank() ? "Question " + n : label.strip(), null));
        }
        return list;
    }

    private static CampaignInput input(Params p, List<CampaignInput.QuestionInput> questions, List<String> authorities) {
        return new CampaignInput(p.title(), p.slug(), null, p.requestText() == null || p.requestText().isBlank() ? NO_TEXT : p.requestText(),
                questions, new CampaignInput.Requester(p.requesterName(), p.requesterEmail()),
                new CampaignInput.Targets(null, null, authorities.isEmpty() ? List.of("placeholder") : authorities), null, null);
    }

    private List<FieldError> violations(CampaignInput input) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CampaignInput> v : validator.validate(input)) {
            String path = switch (v.getPropertyPath().toString()) {
                case "requester.name" -> "requesterName";
                case "requester.email" -> "requesterEmail";
                default -> v.getPropertyPath().toString().startsWith("questions") ? "question" : v.getPropertyPath().toString();
            };
            errors.add(FieldError.of(path, v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return errors;
    }
}
