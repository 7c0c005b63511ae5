package org.roundrobin.request;

import java.util.List;
import java.util.Optional;

/**
 * A source of answers to pre-fill the response form with. The campaign's most common pattern is one; the reply
 * classifier will be another (implement this interface as a CDI bean with a higher {@link #priority()}).
 */
public interface PrefillSource {

    /** What to pre-fill, and where it came from, in words for the form. */
    record Prefill(List<Answer> answers, String source) {
        public static final Prefill NONE = new Prefill(List.of(), null);

        public Optional<Answer> answer(int question) {
            return answers.stream().filter(a -> a.question() == question).findFirst();
        }
    }

    /** Higher wins when two sources have a suggestion. */
    int priority();

    Optional<Prefill> suggest(FoiRequest request);
}
