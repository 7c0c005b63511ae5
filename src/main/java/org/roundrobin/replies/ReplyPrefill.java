package org.roundrobin.replies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roundrobin.request.Answer;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.PrefillSource;

/**
 * Pre-fills the response form from the newest stored reply, ahead of the campaign's common pattern: the reply
 * itself says more about this authority than what the others did. A question the reply does not address on its
 * own takes the reply's overall outcome. A suggestion is only ever a pre-fill: the person submits it.
 */
@ApplicationScoped
public class ReplyPrefill implements PrefillSource {

    @Inject
    Suggestions suggestions;

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Optional<Prefill> suggest(FoiRequest request) {
        return suggestions.forRequest(request).filter(s -> s.outcome() != null).map(s -> {
            List<Answer> answers = new ArrayList<>();
            request.campaign.questions.forEach(q -> answers.add(s.questions().stream()
                    .filter(qs -> qs.question() == q.number && qs.outcome() != null).findFirst()
                    .map(qs -> new Answer(q.number, qs.outcome(), qs.sections()))
                    .orElse(new Answer(q.number, s.outcome(), s.sections()))));
            return new Prefill(answers, "the reply received" + (s.evidence().isEmpty() ? "" : ": \u201c" + clip(s.evidence().get(0)) + "\u201d"));
        });
    }

    private static String clip(String sentence) {
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "...";
    }
}
