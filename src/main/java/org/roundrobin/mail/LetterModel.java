package org.roundrobin.mail;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.law.Law;
import org.roundrobin.request.Answer;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Timeline;

/** The values a letter's template sees, built from the request, its authority (law, regulator) and campaign. */
final class LetterModel {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A question as letters list it. */
    @TemplateData
    public record QuestionLine(int number, String label, String text) {
    }

    /** A question the authority did not answer, for a review request. */
    @TemplateData
    public record RefusedLine(int number, String label, String text, String outcome, String sections) {
    }

    private LetterModel() {
    }

    static Map<String, Object> of(LetterKind kind, FoiRequest r, RequestState s, LocalDate today, String reference,
                                  LocalDate chaserSentOn) {
        Campaign c = r.campaign;
        Authority a = r.authority;
        Law law = a.law;
        Map<String, Object> v = new HashMap<>();
        v.put("authority", a.name);
        v.put("authorityShort", a.displayShortName());
        v.put("requester", c.requesterName);
        v.put("requesterEmail", c.requesterEmail);
        v.put("campaign", c.title);
        v.put("reference", reference);
        v.put("law", "the " + law.title());
        v.put("lawShort", law.abbreviation());
        v.put("regulator", "the " + law.regulator().label());
        v.put("regulatorShort", law.regulator().shortName());
        v.put("requestText", c.requestText == null ? "" : c.requestText.strip());
        v.put("questions", c.questions.stream().map(q -> new QuestionLine(q.number, q.label, text(q.text, q.label))).toList());
        v.put("today", format(today));
        v.put("sentOn", format(s == null ? r.sentOn : s.sentOn()));
        v.put("dueOn", format(s == null ? r.dueOn : s.deadlines().effectiveDue()));
        if (kind.parameters.contains("workingDaysLate")) v.put("workingDaysLate", s != null ? s.workingDaysLate()
                : Timeline.workingDaysLate(law, r.state, r.dueOn, r.respondedOn, today));
        if (kind.parameters.contains("chaserSentOn")) v.put("chaserSentOn", format(chaserSentOn));
        if (kind == LetterKind.REVIEW_REQUEST) {
            List<Answer> refused = s == null ? List.of() : s.answers().stream()
                    .filter(ans -> ans.outcome() != Outcome.ANSWERED).toList();
            v.put("respondedOn", format(s == null ? null : s.respondedOn()));
            v.put("refused", refused.stream().map(ans -> {
                var q = c.question(ans.question());
                return new RefusedLine(ans.question(), q.map(x -> x.label).orElse("Question " + ans.question()),
                        q.map(x -> text(x.text, x.label)).orElse(""), describe(ans.outcome()), String.join(", ", ans.sections()));
            }).toList());
            v.put("sections", String.join(", ", refused.stream().flatMap(ans -> ans.sections().stream()).distinct().toList()));
        }
        return v;
    }

    static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String text(String text, String label) {
        return text == null || text.isBlank() ? label : text.strip();
    }

    private static String describe(Outcome o) {
        return switch (o) {
            case ANSWERED -> "answered";
            case PARTLY_ANSWERED -> "partly answered";
            case NCND -> "neither confirmed nor denied";
            case NOT_HELD -> "said to be not held";
            case EXEMPT -> "withheld as exempt";
            case COST_LIMIT -> "refused on cost";
            case VEXATIOUS -> "refused as vexatious or repeated";
            case NOT_ANSWERED -> "not answered";
        };
    }
}
