package org.roundrobin.io.section;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.roundrobin.io.section.RequestSection.AnswerItem;
import org.roundrobin.io.section.RequestSection.EventItem;
import org.roundrobin.io.section.RequestSection.Item;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Law;
import org.roundrobin.request.Answer;
import org.roundrobin.request.Entry;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestEvent;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.StoredAnswer;
import org.roundrobin.request.Timeline;

/**
 * A document's timeline against what is stored: which events are new (an event is the same when its type, date
 * and recording time are), their sequence numbers, and the state the whole timeline replays to. Replay is
 * {@link Timeline#replay}, so a restored timeline obeys every rule a recorded one does.
 */
final class TimelineItems {

    record NewEvent(EventItem item, int seq, Integer correctsSeq, List<Answer> answers) {
        RequestEvent toEntity(FoiRequest r, Map<Integer, RequestEvent> bySeq) {
            RequestEvent e = new RequestEvent();
            e.request = r;
            e.seq = seq;
            e.type = item.type();
            e.on = item.on();
            e.recordedAt = item.recordedAt() != null ? item.recordedAt() : Instant.now();
            e.recordedBy = item.recordedBy() != null ? item.recordedBy() : "import";
            e.note = item.note();
            e.authorityReference = item.authorityReference();
            e.extendedTo = item.extendedTo();
            e.reviewResult = item.reviewResult();
            e.decision = item.decision();
            e.complianceDue = item.complianceDue();
            e.caseReference = item.caseReference();
            e.corrects = correctsSeq == null ? null : bySeq.get(correctsSeq).id;
            answers.forEach(a -> e.answers.add(new StoredAnswer(a)));
            return e;
        }
    }

    /** {@code seqOf}: each document event's seq in the merged timeline (the same when nothing was stored). */
    record Merged(RequestState state, List<NewEvent> added, Map<Integer, Integer> seqOf) {
    }

    private final LocalDate today;
    private final Timeline.Policy policy;

    TimelineItems(LocalDate today, Timeline.Policy policy) {
        this.today = today;
        this.policy = policy;
    }

    /**
     * Checks one request's events (fields, answers, sections in its law) and that the merged timeline replays;
     * returns the merge, or null when a fault was reported.
     */
    Merged check(Item r, List<RequestEvent> stored, Law law, Set<Integer> questions, BiConsumer<String, String> report) {
        List<EventItem> events = r.events() == null ? List.of() : r.events();
        Set<Integer> seqs = new HashSet<>();
        int[] faults = {0};
        BiConsumer<String, String> error = (field, message) -> {
            faults[0]++;
            report.accept(field, message);
        };
        for (int j = 0; j < events.size(); j++) {
            EventItem e = events.get(j);
            String at = "events[" + j + "]";
            if (e == null) {
                error.accept(at, "is empty");
                continue;
            }
            if (e.seq() == null || e.seq() < 1 || !seqs.add(e.seq())) error.accept(at + ".seq", "must be a number from 1, once per request");
            if (e.type() == null) error.accept(at + ".type", "is required");
            if (e.on() == null) error.accept(at + ".on", "is required");
            max(e.recordedBy(), 120, at + ".recordedBy", error);
            max(e.note(), 8000, at + ".note", error);
            max(e.authorityReference(), 120, at + ".authorityReference", error);
            max(e.caseReference(), 64, at + ".caseReference", error);
            if (e.type() == EventType.CORRECTED) {
                if (e.corrects() == null || e.seq() == null || e.corrects() >= e.seq() || !seqs.contains(e.corrects())) {
                    error.accept(at + ".corrects", "must be the seq of an earlier event of this request");
                }
            } else if (e.corrects() != null) {
                error.accept(at + ".corrects", "applies only to a CORRECTED event");
            }
            answers(e, law, questions, at, error);
        }
        if (faults[0] > 0) return null; // replay only a timeline whose events are readable
        try {
            return merge(r, stored, law);
        } catch (Timeline.Refused refused) {
            error.accept("events", "the timeline breaks a rule: " + refused.getMessage());
        } catch (RuntimeException broken) {
            error.accept("events", "cannot be read as a timeline: " + broken.getMessage());
        }
        return null;
    }

    /** The document's events not yet stored, numbered after the stored ones, and the state of the whole timeline. */
    Merged merge(Item r, List<RequestEvent> stored, Law law) {
        Map<String, Integer> storedSeq = new HashMap<>();
        Map<Long, Integer> seqById = new HashMap<>();
        int next = 0;
        for (RequestEvent e : stored) {
            storedSeq.put(key(e.type, e.on, e.recordedAt), e.seq);
            seqById.put(e.id, e.seq);
            next = Math.max(next, e.seq);
        }
        List<Entry> entries = new ArrayList<>();
        for (RequestEvent e : stored) {
            entries.add(new Entry(e.seq, e.seq, e.type, e.on, e.answers.stream().map(StoredAnswer::toAnswer).toList(), e.extendedTo,
                    e.reviewResult, e.decision, e.complianceDue, e.corrects == null ? null : seqById.get(e.corrects).longValue()));
        }
        List<EventItem> events = new ArrayList<>(r.events() == null ? List.of() : r.events());
        events.sort(Comparator.comparing(EventItem::seq));
        Map<Integer, Integer> seqOf = new HashMap<>(); // document seq -> seq in the merged timeline
        List<NewEvent> added = new ArrayList<>();
        for (EventItem e : events) {
            Integer known = e.recordedAt() == null ? null : storedSeq.get(key(e.type(), e.on(), e.recordedAt()));
            if (known != null) {
                seqOf.put(e.seq(), known);
                continue;
            }
            int seq = stored.isEmpty() ? e.seq() : ++next;
            seqOf.put(e.seq(), seq);
            Integer corrects = e.corrects() == null ? null : seqOf.get(e.corrects());
            List<Answer> answers = e.answers() == null ? List.of() : e.answers().stream()
                    .map(a -> new Answer(a.question(), a.outcome(), sections(a, law))).sorted(Comparator.comparingInt(Answer::question)).toList();
            added.add(new NewEvent(e, seq, corrects, answers));
            entries.add(new Entry(seq, seq, e.type(), e.on(), answers, e.extendedTo(), e.reviewResult(), e.decision(),
                    e.complianceDue(), corrects == null ? null : corrects.longValue()));
        }
        return new Merged(Timeline.replay(law, entries, today, policy), added, seqOf);
    }

    private static void answers(EventItem e, Law law, Set<Integer> questions, String at, BiConsumer<String, String> error) {
        if (e.answers() == null) return;
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < e.answers().size(); k++) {
            AnswerItem a = e.answers().get(k);
            String where = at + ".answers[" + k + "]";
            if (a == null || a.question() == null || !questions.contains(a.question())) {
                error.accept(where + ".question", "the campaign has no question " + (a == null ? null : a.question()));
                continue;
            }
            if (!seen.add(a.question())) error.accept(where + ".question", "question " + a.question() + " is answered twice");
            if (a.outcome() == null) error.accept(where + ".outcome", "is required");
            if (a.sections() != null) {
                for (String s : a.sections()) {
                    if (s == null || law.exemptions().lookup(s).isEmpty()) {
                        error.accept(where + ".sections", "'" + s + "' is not a section of " + law + " that can refuse information");
                    }
                }
            }
        }
    }

    /** Sections as the catalogue writes them ("s.31(3)" becomes "31(3)"), in the order given. */
    private static List<String> sections(AnswerItem a, Law law) {
        if (a.sections() == null) return List.of();
        return a.sections().stream().map(s -> law.exemptions().lookup(s).map(Citation::cited).orElseThrow()).distinct().toList();
    }

    private static String key(EventType type, LocalDate on, Instant recordedAt) {
        return type + "|" + on + "|" + Objects.toString(recordedAt);
    }

    private static void max(String value, int max, String field, BiConsumer<String, String> error) {
        if (value != null && value.length() > max) error.accept(field, "is longer than " + max + " characters");
    }
}
