package org.roundrobin.io.csv;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Question;
import org.roundrobin.io.Cursor;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.law.Law;
import org.roundrobin.law.Step;
import org.roundrobin.request.Answer;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.EventType;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;

/**
 * A campaign as a spreadsheet: one row per authority, written as it is read. Three cursors (requests, their
 * answers, their events) in one order, so the cost is three statements and flat memory for any number of rows.
 */
@ApplicationScoped
public class CampaignCsv {

    /** Columns before the per-question ones, and after. */
    static final List<String> HEAD = List.of("campaign", "authority", "authority_slug", "jurisdiction", "status", "sent", "due",
            "responded", "working_days_taken", "working_days_late", "outcome");
    static final List<String> TAIL = List.of("sections_cited", "review_requested", "review_due", "review_responded",
            "review_result", "complaint_submitted", "case_references", "decision_notice", "decision", "compliance_due",
            "appeal_lodged", "notes");

    @Inject
    AppClock clock;

    public void write(String slug, boolean bom, OutputStream out) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            try {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                if (bom) w.write('\uFEFF');
                Campaign c = Campaign.findBySlug(slug).orElseThrow();
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().get());
                csv.printRecord(header(c.questions));
                rows(c, csv);
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static List<String> header(List<Question> questions) {
        List<String> h = new ArrayList<>(HEAD);
        questions.forEach(q -> h.add("Q" + q.number));
        h.addAll(TAIL);
        return h;
    }

    private void rows(Campaign c, CSVPrinter csv) throws IOException {
        LocalDate today = clock.today();
        Map<String, Object> p = Map.of("c", c.slug);
        String order = " order by a.name, r.id";
        try (Cursor requests = Cursor.open("select r.id, a.name, a.slug, a.jurisdiction, a.law, r.state, r.sentOn, r.dueOn,"
                + " r.veryOverdueOn, r.respondedOn, r.reviewDueOn, r.workingDaysTaken, r.outcome"
                + " from FoiRequest r join r.authority a where r.campaign.slug = :c" + order, p);
             Cursor answers = Cursor.open("select r.id, ans.question, ans.outcome, ans.sections from FoiRequest r join r.authority a"
                     + " join r.answers ans where r.campaign.slug = :c" + order + ", ans.question", p);
             Cursor events = Cursor.open("select r.id, e.id, e.type, e.on, e.note, e.caseReference, e.reviewResult, e.decision,"
                     + " e.complianceDue, e.corrects, e.seq from RequestEvent e join e.request r join r.authority a"
                     + " where r.campaign.slug = :c" + order + ", e.seq", p)) {
            while (requests.hasNext()) {
                Object[] r = requests.next();
                Law law = (Law) r[4];
                Status state = (Status) r[5];
                LocalDate due = (LocalDate) r[7], respondedOn = (LocalDate) r[9];
                List<String> row = new ArrayList<>();
                row.add(c.title);
                row.add((String) r[1]);
                row.add((String) r[2]);
                row.add(((Jurisdiction) r[3]).label());
                row.add(state.at(today, due, (LocalDate) r[8], (LocalDate) r[10]).name());
                row.add(text(r[6]));
                row.add(text(due));
                row.add(text(respondedOn));
                row.add(text(r[11]));
                row.add(due == null ? null : String.valueOf(Timeline.workingDaysLate(law, state, due, respondedOn, today)));
                row.add(text(r[12]));
                Map<Integer, Answer> byQuestion = new HashMap<>();
                for (Object[] a : answers.take(r[0])) {
                    byQuestion.put((Integer) a[1], new Answer((Integer) a[1], (Outcome) a[2], Answer.parseSections((String) a[3])));
                }
                Set<String> cited = new LinkedHashSet<>();
                for (Question q : c.questions) {
                    Answer a = byQuestion.get(q.number);
                    row.add(a == null ? null : cell(a));
                    if (a != null) cited.addAll(a.sections());
                }
                row.add(cited.isEmpty() ? null : String.join("; ", cited));
                row.addAll(Casework.of(events.take(r[0]), law, (LocalDate) r[10]).cells());
                csv.printRecord(row.stream().map(Cells::safe).toList());
            }
        }
    }

    /** A question's outcome with the sections cited: {@code NCND 31(3); 24(2)}. */
    static String cell(Answer a) {
        return a.sections().isEmpty() ? a.outcome().name() : a.outcome().name() + " " + String.join("; ", a.sections());
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** Review, regulator and appeal facts of one request, from its events (a correction's values win). */
    record Casework(List<String> cells) {

        static Casework of(List<Object[]> rows, Law law, LocalDate reviewDue) {
            Map<Long, Object[]> byId = new HashMap<>();
            List<Object[]> effective = new ArrayList<>();
            for (Object[] e : rows) {
                if (e[2] == EventType.CORRECTED && e[9] != null && byId.containsKey((Long) e[9])) {
                    Object[] target = byId.get((Long) e[9]);
                    for (int i : new int[] {5, 6, 7, 8}) if (e[i] != null) target[i] = e[i];
                    continue;
                }
                Object[] copy = e.clone();
                byId.put((Long) e[1], copy);
                effective.add(copy);
            }
            effective.sort(Comparator.comparing((Object[] e) -> (LocalDate) e[3]).thenComparing(e -> (Integer) e[10]));
            List<String> out = new ArrayList<>();
            out.add(dates(effective, EventType.REVIEW_REQUESTED));
            out.add(text(reviewDue));
            out.add(dates(effective, EventType.REVIEW_RESPONDED));
            out.add(join(effective.stream().filter(e -> e[2] == EventType.REVIEW_RESPONDED && e[6] != null).map(e -> e[6].toString()).toList()));
            out.add(dates(effective, EventType.COMPLAINT_SUBMITTED));
            out.add(join(effective.stream().filter(e -> e[5] != null).map(e -> (String) e[5]).distinct().toList()));
            out.add(dates(effective, EventType.DECISION_NOTICE));
            out.add(join(effective.stream().filter(e -> e[2] == EventType.DECISION_NOTICE && e[7] != null).map(e -> e[7].toString()).toList()));
            out.add(join(effective.stream().filter(e -> e[2] == EventType.DECISION_NOTICE)
                    .map(e -> (e[8] != null ? (LocalDate) e[8] : law.due(Step.DECISION_COMPLIANCE, (LocalDate) e[3])).toString()).toList()));
            out.add(dates(effective, EventType.APPEAL_LODGED));
            out.add(rows.stream().filter(e -> e[4] != null).map(e -> e[3] + ": " + e[4]).reduce((a, b) -> a + "\n" + b).orElse(null));
            return new Casework(out);
        }

        private static String dates(List<Object[]> events, EventType type) {
            return join(events.stream().filter(e -> e[2] == type).map(e -> e[3].toString()).toList());
        }

        private static String join(List<String> values) {
            return values.isEmpty() ? null : String.join("; ", values);
        }
    }
}
