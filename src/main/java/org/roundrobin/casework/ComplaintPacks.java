package org.roundrobin.casework;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateException;
import org.roundrobin.template.AppTemplates;
import org.roundrobin.template.EditableTemplates;
import org.roundrobin.template.TemplateSpecs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Question;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Law;
import org.roundrobin.request.Answer;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Timeline;
import org.roundrobin.request.Timelines;

/**
 * A complaint draft for one authority: the request, the authority's response per question, the dates, and how
 * every other authority answered the same questions. Facts only; the grounds are the campaigner's to write.
 * A fixed number of statements whatever the campaign's size: the others' answers are one query.
 */
@ApplicationScoped
public class ComplaintPacks implements TemplateSpecs {

    @Override
    public List<EditableTemplates.Spec> specs() {
        return List.of(MARKDOWN, TEXT);
    }

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The editable templates, Markdown and plain text (tables read badly when pasted into the ICO's web form). */
    static final EditableTemplates.Spec MARKDOWN = new EditableTemplates.Spec("complaint-pack.md", "complaint-pack.md", null, false, Set.of("pack"));
    static final EditableTemplates.Spec TEXT = new EditableTemplates.Spec("complaint-pack.txt", "complaint-pack.txt", null, false, Set.of("pack"));

    @Inject
    AppTemplates templates;
    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;

    @TemplateData
    public record Pack(String campaign, String requester, String authority, String law, String regulator, String regulatorShort,
                       String authorityReference, String caseReference, String grounds, String sectionsContested,
                       List<String> requestLines, List<DateRow> dates, List<AnswerRow> answers, int total, int others,
                       List<Evidence> evidence, String generatedOn) {
    }

    @TemplateData
    public record DateRow(String label, String date) {
    }

    @TemplateData
    public record AnswerRow(int number, String label, String question, String outcome, String sections) {
    }

    /** How the other authorities answered one question; "answered by" lists name those that disclosed. */
    @TemplateData
    public record Evidence(int number, String label, long answered, long partly, long ncnd, long notHeld, long refused,
                           long noResponse, String answeredBy, String partlyBy) {
    }

    public String render(Campaign c, String authoritySlug, boolean text) {
        Pack pack = build(c, authoritySlug);
        String name = (text ? TEXT : MARKDOWN).name();
        try {
            return templates.get().render(name, Map.of("pack", pack)).text();
        } catch (TemplateException e) {
            throw new ProblemException(500, "Template error", "The template " + name + " cannot be used: " + e.getMessage()
                    + " (fix it in the templates directory, or delete it to use the shipped copy)", List.of());
        }
    }

    Pack build(Campaign c, String authoritySlug) {
        FoiRequest r = FoiRequest.<FoiRequest>find("select r from FoiRequest r join fetch r.authority a where r.campaign = ?1 "
                + "and a.slug = ?2", c, authoritySlug).firstResultOptional().orElseThrow(() -> ProblemException.notFound(
                "A request from campaign '" + c.slug + "' to the authority '" + authoritySlug + "'"));
        RequestState s;
        try {
            s = timelines.state(r);
        } catch (Timeline.Refused e) {
            throw ProblemException.conflict("Request " + r.id + "'s timeline cannot be read on " + clock.today() + ": " + e.getMessage());
        }
        RegulatorCase kase = RegulatorCase.findByRequest(r).orElse(null);
        Law law = r.law();
        List<Question> questions = c.questions;
        List<AnswerRow> answers = new ArrayList<>();
        for (Question q : questions) {
            Answer a = s.answers().stream().filter(x -> x.question() == q.number).findFirst().orElse(null);
            answers.add(new AnswerRow(q.number, q.label, q.text == null ? "" : q.text,
                    a == null ? "No response recorded" : label(a.outcome()), a == null ? "" : sections(law, a.sections())));
        }
        String authorityReference = r.events.stream().filter(e -> e.type == EventType.RESPONDED && e.authorityReference != null)
                .map(e -> e.authorityReference).reduce((x, y) -> y).orElse("");
        Others others = others(c, r);
        return new Pack(c.title, c.requesterName, r.authority.name, law.title() + " (" + law.abbreviation() + ")",
                law.regulator().label(), law.regulator().shortName(), authorityReference,
                kase == null ? "" : kase.reference, kase == null || kase.grounds == null ? "" : kase.grounds,
                kase == null ? "" : sections(law, kase.sections()),
                c.requestText == null ? List.of() : c.requestText.strip().lines().toList(), dates(s, r, kase), answers,
                others.total + 1, others.total, evidence(questions, others), date(clock.today()));
    }

    private static List<DateRow> dates(RequestState s, FoiRequest r, RegulatorCase kase) {
        List<DateRow> rows = new ArrayList<>();
        add(rows, "Request sent", s.sentOn(), "");
        add(rows, "Response due", s.deadlines().responseDue(), "");
        add(rows, "Response due (extended by the authority)", s.deadlines().extendedTo(), "");
        add(rows, "Response received", s.respondedOn(), s.workingDaysTaken() == null ? ""
                : " (" + s.workingDaysTaken() + " working days" + (s.workingDaysLate() > 0 ? ", " + s.workingDaysLate() + " late" : "") + ")");
        add(rows, "Internal review requested", s.reviewRequestedOn(), "");
        add(rows, "Internal review response", s.reviewRespondedOn(), s.reviewResult() == null ? ""
                : " (" + s.reviewResult().name().toLowerCase(Locale.ROOT) + ")");
        add(rows, "Complaint to the " + r.law().regulator().shortName(), s.complaintOn(), kase == null ? "" : " (case " + kase.reference + ")");
        add(rows, "Decision notice", s.decisionOn(), "");
        return rows;
    }

    private static void add(List<DateRow> rows, String label, LocalDate on, String suffix) {
        if (on != null) rows.add(new DateRow(label, date(on) + suffix));
    }

    /** The other requests of the campaign: by question, which authority gave which outcome; and who has not responded. */
    private record Others(int total, Map<Integer, Map<Outcome, TreeSet<String>>> byQuestion, TreeSet<String> noResponse) {
    }

    private static Others others(Campaign c, FoiRequest target) {
        List<Object[]> rows = Panache.getEntityManager().createQuery("""
                select r.id, a.name, ans.question, ans.outcome from FoiRequest r join r.authority a left join r.answers ans
                where r.campaign = :c and r.id <> :id""", Object[].class)
                .setParameter("c", c).setParameter("id", target.id).getResultList();
        Map<Integer, Map<Outcome, TreeSet<String>>> byQuestion = new TreeMap<>();
        TreeSet<String> noResponse = new TreeSet<>();
        java.util.Set<Long> requests = new java.util.HashSet<>();
        for (Object[] row : rows) {
            requests.add((Long) row[0]);
            String name = (String) row[1];
            if (row[2] == null) {
                noResponse.add(name);
                continue;
            }
            byQuestion.computeIfAbsent((Integer) row[2], q -> new EnumMap<>(Outcome.class))
                    .computeIfAbsent((Outcome) row[3], o -> new TreeSet<>()).add(name);
        }
        return new Others(requests.size(), byQuestion, noResponse);
    }

    private static List<Evidence> evidence(List<Question> questions, Others others) {
        List<Evidence> list = new ArrayList<>();
        for (Question q : questions) {
            Map<Outcome, TreeSet<String>> by = others.byQuestion.getOrDefault(q.number, Map.of());
            long refused = by.entrySet().stream().filter(e -> e.getKey() == Outcome.EXEMPT || e.getKey() == Outcome.COST_LIMIT
                    || e.getKey() == Outcome.VEXATIOUS || e.getKey() == Outcome.NOT_ANSWERED).mapToLong(e -> e.getValue().size()).sum();
            list.add(new Evidence(q.number, q.label, count(by, Outcome.ANSWERED), count(by, Outcome.PARTLY_ANSWERED),
                    count(by, Outcome.NCND), count(by, Outcome.NOT_HELD), refused, others.noResponse.size(),
                    names(by.get(Outcome.ANSWERED)), names(by.get(Outcome.PARTLY_ANSWERED))));
        }
        return list;
    }

    private static long count(Map<Outcome, TreeSet<String>> by, Outcome o) {
        return by.getOrDefault(o, new TreeSet<>()).size();
    }

    private static String names(TreeSet<String> names) {
        return names == null || names.isEmpty() ? "none" : String.join(", ", names);
    }

    static String sections(Law law, List<String> cited) {
        return String.join("; ", cited.stream().map(s -> "s." + s + law.exemptions().lookup(s)
                .map(c -> " (" + c.exemption().title() + (c.ncnd() ? ", neither confirm nor deny" : "") + ")").orElse("")).toList());
    }

    /** Outcomes in words for the regulator's form. */
    static String label(Outcome o) {
        return switch (o) {
            case ANSWERED -> "Answered in full";
            case PARTLY_ANSWERED -> "Partly answered";
            case NCND -> "Neither confirmed nor denied that the information is held";
            case NOT_HELD -> "Information not held";
            case EXEMPT -> "Withheld under an exemption";
            case COST_LIMIT -> "Refused: cost of compliance over the limit";
            case VEXATIOUS -> "Refused as vexatious or repeated";
            case NOT_ANSWERED -> "Not answered";
        };
    }

    static String date(LocalDate d) {
        return d.format(UK_DATE);
    }
}
