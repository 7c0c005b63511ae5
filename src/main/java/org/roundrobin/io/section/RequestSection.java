package org.roundrobin.io.section;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.io.Cursor;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestEvent;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Timeline;
import org.roundrobin.request.ReviewResult;
import org.roundrobin.request.Answer;
import org.roundrobin.request.TimelineConfig;
import org.roundrobin.request.Timelines;

/**
 * Requests with their full timelines. Only facts travel: the events as recorded (who, when, what). Status,
 * outcome and deadlines are derived, so a restore replays each timeline (every rule applies) and rebuilds them.
 */
@ApplicationScoped
public class RequestSection implements DataSection<RequestSection.Item> {

    public static final String NAME = "requests";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String campaign, String authority, Instant createdAt, List<EventItem> events) {
        String key() {
            return key(campaign, authority);
        }

        /** A request's natural key, as {@link Restore#entity} knows the restored {@link FoiRequest}. */
        public static String key(String campaign, String authority) {
            return campaign + "/" + authority;
        }
    }

    /** One event; {@code corrects} is the {@code seq} of the event a correction replaces. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventItem(Integer seq, EventType type, LocalDate on, Instant recordedAt, String recordedBy, String note,
                            String authorityReference, List<AnswerItem> answers, LocalDate extendedTo,
                            ReviewResult reviewResult, DecisionOutcome decision, LocalDate complianceDue,
                            String caseReference, Integer corrects) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerItem(Integer question, Outcome outcome, List<String> sections) {
    }

    /**
     * A request that will exist after the restore, for the sections that refer to it (correspondence, cases, letters):
     * its timeline replayed as it will be after the restore (null if it does not replay, a fault already reported) and
     * the document's events by their {@code seq}. {@link #STORED} stands for a stored request the document does not
     * name (when merging): {@link #facts} reads it from the database when first asked.
     */
    public record Facts(RequestState state, Map<Integer, EventFacts> events) {
        static final Facts STORED = new Facts(null, Map.of());
    }

    /** What a later section may check about one event: a letter's event, a case's complaint. */
    public record EventFacts(EventType type, LocalDate on, String caseReference) {
    }

    @Inject
    AppClock clock;
    @Inject
    TimelineConfig config;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    /** Three statements whatever the size: requests, their events, the events' answers, merged in one order. */
    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        String from = " join r.campaign c join r.authority a" + (scope.isAll() ? "" : " where c.slug = :campaign");
        Map<String, Object> params = scope.isAll() ? Map.of() : Map.of("campaign", scope.campaign());
        try (Cursor requests = Cursor.open("select r.id, c.slug, a.slug, r.createdAt from FoiRequest r" + from
                + " order by c.slug, a.slug", params);
             Cursor events = Cursor.open("select r.id, e.id, e.seq, e.type, e.on, e.recordedAt, e.recordedBy, e.note,"
                     + " e.authorityReference, e.extendedTo, e.reviewResult, e.decision, e.complianceDue, e.caseReference, e.corrects"
                     + " from RequestEvent e join e.request r" + from + " order by c.slug, a.slug, e.seq", params);
             Cursor answers = Cursor.open("select e.id, ans.question, ans.outcome, ans.sections from RequestEvent e join e.answers ans"
                     + " join e.request r" + from + " order by c.slug, a.slug, e.seq, ans.question", params)) {
            while (requests.hasNext()) {
                Object[] r = requests.next();
                List<Object[]> rows = events.take(r[0]);
                Map<Long, Integer> seqById = new HashMap<>();
                rows.forEach(e -> seqById.put((Long) e[1], (Integer) e[2]));
                List<EventItem> list = new ArrayList<>(rows.size());
                for (Object[] e : rows) {
                    List<AnswerItem> ans = answers.take(e[1]).stream().map(a -> new AnswerItem((Integer) a[1], (Outcome) a[2],
                            Answer.parseSections((String) a[3]).isEmpty() ? null : Answer.parseSections((String) a[3]))).toList();
                    list.add(new EventItem((Integer) e[2], (EventType) e[3], (LocalDate) e[4], (Instant) e[5], (String) e[6],
                            (String) e[7], (String) e[8], ans.isEmpty() ? null : ans, (LocalDate) e[9], (ReviewResult) e[10],
                            (DecisionOutcome) e[11], (LocalDate) e[12], (String) e[13], e[14] == null ? null : seqById.get((Long) e[14])));
                }
                out.accept(new Item((String) r[1], (String) r[2], (Instant) r[3], list));
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return FoiRequest.count() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Map<String, List<RequestEvent>> stored = restore.merge ? storedTimelines(items) : Map.of();
        if (restore.merge) stored.keySet().forEach(k -> restore.declare(Facts.class, k, Facts.STORED));
        TimelineItems timelines = new TimelineItems(clock.today(), config.policy());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item r = items.get(i);
            int index = i;
            if (r == null) {
                restore.error(NAME, i, null, "is empty");
                continue;
            }
            var authority = restore.declared(AuthoritySection.Facts.class, String.valueOf(r.authority()));
            var campaign = restore.declared(CampaignSection.Facts.class, String.valueOf(r.campaign()));
            if (authority.isEmpty()) restore.error(NAME, i, "authority", "authority '" + r.authority() + "' is neither in the document nor in this database");
            if (campaign.isEmpty()) restore.error(NAME, i, "campaign", "campaign '" + r.campaign() + "' is neither in the document nor in this database");
            if (!seen.add(r.key())) restore.error(NAME, i, null, "the request of " + r.key() + " appears twice in the document");
            if (authority.isEmpty() || campaign.isEmpty()) continue;
            TimelineItems.Merged merged = timelines.check(r, stored.getOrDefault(r.key(), List.of()), authority.get().law(),
                    campaign.get().questions(), (field, message) -> restore.error(NAME, index, field, message));
            restore.declare(Facts.class, r.key(), new Facts(merged == null ? null : merged.state(), events(r)));
        }
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        Map<String, FoiRequest> existing = new HashMap<>();
        if (restore.merge) {
            Panache.getEntityManager().createQuery("select r from FoiRequest r join fetch r.campaign join fetch r.authority", FoiRequest.class)
                    .getResultList().forEach(r -> existing.put(Item.key(r.campaign.slug, r.authority.slug), r));
            existing.forEach((k, r) -> restore.remember(FoiRequest.class, k, r));
        }
        TimelineItems timelines = new TimelineItems(clock.today(), config.policy());
        int added = 0, updated = 0, unchanged = 0;
        for (Item item : items) {
            FoiRequest r = existing.get(item.key());
            boolean fresh = r == null;
            if (fresh) {
                r = new FoiRequest();
                r.campaign = restore.entity(Campaign.class, item.campaign());
                r.authority = restore.entity(Authority.class, item.authority());
                r.createdAt = item.createdAt();
            }
            List<RequestEvent> before = fresh ? List.of() : r.events;
            TimelineItems.Merged merged = timelines.merge(item, before, r.authority.law);
            Map<Integer, RequestEvent> bySeq = new HashMap<>();
            before.forEach(e -> bySeq.put(e.seq, e));
            if (merged.added().isEmpty() && !fresh) {
                unchanged++;
            } else {
                Timelines.project(r, merged.state());
                if (fresh) r.persist();
                for (TimelineItems.NewEvent n : merged.added()) {
                    RequestEvent e = n.toEntity(r, bySeq);
                    e.persist();
                    bySeq.put(e.seq, e);
                    if (!fresh) r.events.add(e);
                }
                if (fresh) added++; else updated++;
            }
            restore.remember(FoiRequest.class, item.key(), r);
            // Later sections (a letter's event) name events by the document's seq.
            merged.seqOf().forEach((docSeq, seq) -> restore.remember(RequestEvent.class, eventKey(item.key(), docSeq), bySeq.get(seq)));
        }
        return Counts.of(added, updated, unchanged);
    }

    /**
     * What the restore will make of a request, for a later section's check: as this section declared it, or, for a
     * stored request the document does not name (merging), read from the database once. Empty: no such request.
     */
    public Optional<Facts> facts(Restore restore, String campaign, String authority) {
        String key = Item.key(campaign, authority);
        Optional<Facts> declared = restore.declared(Facts.class, key);
        if (declared.isEmpty() || declared.get() != Facts.STORED) return declared;
        FoiRequest r = FoiRequest.<FoiRequest>find("select distinct r from FoiRequest r join fetch r.authority left join fetch r.events"
                + " where r.campaign.slug = ?1 and r.authority.slug = ?2", campaign, authority).firstResult();
        RequestState state;
        try {
            state = Timeline.replay(r.law(), r.events.stream().map(RequestEvent::toEntry).toList(), clock.today(), config.policy());
        } catch (Timeline.Refused stale) {
            state = null; // the stored timeline no longer replays (the calendar changed): nothing to check against
        }
        Map<Integer, EventFacts> events = new HashMap<>();
        r.events.forEach(e -> events.put(e.seq, new EventFacts(e.type, e.on, e.caseReference)));
        Facts read = new Facts(state, events);
        restore.declare(Facts.class, key, read);
        return Optional.of(read);
    }

    /** The event a document names by its request and {@code seq}, once this section has restored (or, merging, stored) it. */
    public Optional<RequestEvent> event(Restore restore, String campaign, String authority, int seq) {
        Optional<RequestEvent> restored = restore.findEntity(RequestEvent.class, eventKey(Item.key(campaign, authority), seq));
        if (restored.isPresent()) return restored;
        return RequestEvent.find("request.campaign.slug = ?1 and request.authority.slug = ?2 and seq = ?3", campaign, authority, seq)
                .firstResultOptional();
    }

    private static String eventKey(String requestKey, int seq) {
        return requestKey + "#" + seq;
    }

    private static Map<Integer, EventFacts> events(Item r) {
        Map<Integer, EventFacts> map = new HashMap<>();
        for (EventItem e : r.events() == null ? List.<EventItem>of() : r.events()) {
            if (e != null && e.seq() != null) map.put(e.seq(), new EventFacts(e.type(), e.on(), e.caseReference()));
        }
        return map;
    }

    /** When merging: the stored timelines of the requests the document names, in one statement. */
    private static Map<String, List<RequestEvent>> storedTimelines(List<Item> items) {
        Map<String, List<RequestEvent>> map = new HashMap<>();
        for (FoiRequest r : Panache.getEntityManager().createQuery("""
                select distinct r from FoiRequest r join fetch r.campaign join fetch r.authority left join fetch r.events""",
                FoiRequest.class).getResultList()) {
            map.put(Item.key(r.campaign.slug, r.authority.slug), r.events);
        }
        return map;
    }
}
