package org.roundrobin.replies;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestState;
import org.roundrobin.web.Labels;
import org.roundrobin.web.OutcomeStyle;

/**
 * The reply suggestion on the request page ({@code {inject:replies.suggestion(request, state)}}): what the newest
 * stored reply seems to say, per question when it answers question by question, with the sentences it came from.
 */
@Named("replies")
@RequestScoped
public class ReplyViews {

    @Inject
    Suggestions suggestions;
    @Inject
    org.roundrobin.request.AppClock clock;
    @Inject
    RepliesConfig config;

    @TemplateData
    public record QuestionView(int number, String label, String outcome, String code, String sections, String evidence) {
    }

    @TemplateData
    public record SuggestionView(long requestId, String campaign, boolean toClassify, boolean canRecord, String outcome, String code,
                                 String sections, List<String> evidence, List<QuestionView> questions, int confidence,
                                 boolean textLayer, List<String> notes) {
        public boolean readable() {
            return outcome != null;
        }

        public String sureness() {
            return confidence >= 80 ? "fairly sure" : confidence >= 50 ? "unsure" : "a guess";
        }
    }

    /** Null when no reply is stored with the request. */
    public SuggestionView suggestion(FoiRequest r, RequestState state) {
        return suggestions.forRequest(r).map(s -> {
            List<QuestionView> questions = s.questions().stream().map(q -> new QuestionView(q.question(),
                    r.campaign.question(q.question()).map(x -> x.label).orElse(""), label(q.outcome()), code(q.outcome()),
                    sections(q.sections()), q.evidence())).toList();
            return new SuggestionView(r.id, r.campaign.slug, r.replyToClassify, state.allowed().contains(EventType.RESPONDED),
                    s.outcome() == null ? null : label(s.outcome()), code(s.outcome()), sections(s.sections()), s.evidence(), questions,
                    (int) Math.round(s.confidence() * 100), s.textLayer(), s.notes());
        }).orElse(null);
    }

    private static String label(Outcome o) {
        return o == null ? "no clear outcome" : Labels.text("outcome." + o.name());
    }

    private static String code(Outcome o) {
        return o == null ? null : OutcomeStyle.of(o).code;
    }

    static String sections(List<String> sections) {
        return sections.isEmpty() ? null : String.join(", ", sections.stream().map(s -> "s." + s).toList());
    }

    /** The most characters of pasted reply read, for the form's hint. */
    public String maxChars() {
        return String.format(java.util.Locale.UK, "%,d", config.maxChars());
    }

    /** The "Add a reply received" form as it starts: today's date, by post. */
    public org.roundrobin.web.Form blankForm() {
        return org.roundrobin.web.Form.empty().put("on", clock.today()).put("how", "POST");
    }
}
