package org.roundrobin.mail;
import org.roundrobin.template.EditableTemplates;
import org.roundrobin.template.AppTemplates;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.roundrobin.request.EventType;

/**
 * The letters Round Robin sends an authority, each with its template name, the timeline event its delivery
 * records, and the one declaration of the parameters its template may use.
 */
public enum LetterKind {
    REQUEST("request", EventType.SENT),
    CHASER_1("chaser-1", EventType.CHASER_SENT, "workingDaysLate"),
    CHASER_2("chaser-2", EventType.CHASER_SENT, "workingDaysLate", "chaserSentOn"),
    REVIEW_REQUEST("review-request", EventType.REVIEW_REQUESTED, "respondedOn", "refused", "sections");

    /** What every letter may use: who it is to and from, the law, the request and its dates. */
    public static final Set<String> COMMON = Common.NAMES;

    private static final class Common {
        static final Set<String> NAMES = Set.of("authority", "authorityShort", "requester", "requesterEmail", "campaign",
            "reference", "law", "lawShort", "regulator", "regulatorShort", "requestText", "questions", "today", "sentOn", "dueOn");
    }

    public final String template;
    public final EventType event;
    public final Set<String> parameters;

    LetterKind(String template, EventType event, String... extra) {
        this.template = template;
        this.event = event;
        Set<String> all = new HashSet<>(Common.NAMES);
        all.addAll(Arrays.asList(extra));
        this.parameters = Set.copyOf(all);
    }

    public EditableTemplates.Spec spec() {
        return EditableTemplates.Spec.email(template, parameters);
    }

    public boolean isChaser() {
        return this == CHASER_1 || this == CHASER_2;
    }

    /** By template name ("chaser-1") or constant name ("CHASER_1"). */
    public static Optional<LetterKind> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        return Arrays.stream(values()).filter(k -> k.template.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t)).findFirst();
    }
}
