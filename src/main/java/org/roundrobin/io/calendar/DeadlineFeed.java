package org.roundrobin.io.calendar;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundrobin.law.Law;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Deadlines;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.Entry;
import org.roundrobin.request.EventType;
import org.roundrobin.request.ReviewResult;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;
import org.roundrobin.request.TimelineConfig;

/**
 * Every deadline still ahead (or just passed) for open requests: what authorities owe (a response, a review
 * reply, compliance with a decision notice) and the campaigner's own windows (review request, complaint, appeal).
 * Two statements whatever the size: the requests with their projection, and the events of those whose windows
 * need the timeline, replayed in memory by {@link Timeline#replay} (the one place deadlines are worked out).
 */
@ApplicationScoped
public class DeadlineFeed {

    /** Which deadline: also the first part of the event's UID, so a moved date updates the same calendar entry. */
    public enum Kind {
        RESPONSE("response due"), REVIEW_REPLY("internal review reply due"), COMPLIANCE("must comply with the decision notice"),
        REVIEW_REQUEST_BY("last day to ask for an internal review"), COMPLAINT_BY("last day to complain to the regulator"),
        APPEAL_BY("last day to appeal the decision notice");

        public final String words;

        Kind(String words) {
            this.words = words;
        }

        public String uidPart() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record Deadline(Kind kind, long requestId, LocalDate on, String campaign, String campaignTitle, String authority,
                           String regulator) {
    }

    private static final Set<Status> OPEN = EnumSet.of(Status.AWAITING_RESPONSE, Status.RESPONDED, Status.REVIEW_PENDING,
            Status.REVIEWED, Status.DECIDED);
    /** States whose campaigner windows come from the timeline, not the projection. */
    private static final Set<Status> REPLAY = EnumSet.of(Status.RESPONDED, Status.REVIEW_PENDING, Status.REVIEWED, Status.DECIDED);

    @Inject
    AppClock clock;
    @Inject
    TimelineConfig config;
    @ConfigProperty(name = "roundrobin.calendar.past-days", defaultValue = "30")
    int pastDays;

    /** The deadlines of one campaign (by slug), or of every campaign when {@code campaign} is null, by date. */
    @Transactional
    public List<Deadline> deadlines(String campaign) {
        LocalDate today = clock.today();
        LocalDate from = today.minusDays(pastDays);
        var em = Panache.getEntityManager();
        String scope = campaign == null ? "" : " and c.slug = :c";
        var requests = em.createQuery("select r.id, c.slug, c.title, a.name, a.law, r.state, r.dueOn, r.reviewDueOn"
                + " from FoiRequest r join r.campaign c join r.authority a where r.state in :open" + scope
                + " order by c.slug, a.name", Object[].class).setParameter("open", OPEN);
        var events = em.createQuery("select r.id, e.seq, e.type, e.on, e.extendedTo, e.reviewResult, e.decision, e.complianceDue,"
                + " e.corrects, e.id from RequestEvent e join e.request r join r.campaign c join r.authority a"
                + " where (r.state in :replay or (r.state = :awaiting and a.law = :foisa))" + scope + " order by r.id, e.seq", Object[].class)
                .setParameter("replay", REPLAY).setParameter("awaiting", Status.AWAITING_RESPONSE).setParameter("foisa", Law.FOISA);
        if (campaign != null) {
            requests.setParameter("c", campaign);
            events.setParameter("c", campaign);
        }
        Map<Long, List<Entry>> timelines = new HashMap<>();
        for (Object[] e : events.getResultList()) {
            // Entries keyed by event id, as the timeline expects for corrections; answers do not move deadlines.
            timelines.computeIfAbsent((Long) e[0], k -> new ArrayList<>()).add(new Entry((Long) e[9], (Integer) e[1], (EventType) e[2],
                    (LocalDate) e[3], List.of(), (LocalDate) e[4], (ReviewResult) e[5], (DecisionOutcome) e[6], (LocalDate) e[7], (Long) e[8]));
        }
        List<Deadline> out = new ArrayList<>();
        for (Object[] r : requests.getResultList()) {
            long id = (Long) r[0];
            Law law = (Law) r[4];
            Status state = (Status) r[5];
            String regulator = law.regulator().shortName();
            java.util.function.BiConsumer<Kind, LocalDate> add = (kind, on) -> {
                if (on != null && !on.isBefore(from)) out.add(new Deadline(kind, id, on, (String) r[1], (String) r[2], (String) r[3], regulator));
            };
            if (state == Status.AWAITING_RESPONSE) add.accept(Kind.RESPONSE, (LocalDate) r[6]);
            if (state == Status.REVIEW_PENDING) add.accept(Kind.REVIEW_REPLY, (LocalDate) r[7]);
            List<Entry> timeline = timelines.get(id);
            if (timeline == null) continue;
            Deadlines d;
            try {
                d = Timeline.replay(law, timeline, today, config.policy()).deadlines();
            } catch (Timeline.Refused refused) {
                continue; // a timeline the law's calendar no longer replays: its page says why; the feed skips it
            }
            if (state == Status.DECIDED) {
                add.accept(Kind.COMPLIANCE, d.complianceDue());
                add.accept(Kind.APPEAL_BY, d.appealBy());
            }
            if (state == Status.REVIEWED || state == Status.REVIEW_PENDING) add.accept(Kind.COMPLAINT_BY, d.complaintBy());
            if (state == Status.RESPONDED || state == Status.AWAITING_RESPONSE) add.accept(Kind.REVIEW_REQUEST_BY, d.reviewRequestBy());
        }
        out.sort(Comparator.comparing(Deadline::on).thenComparing(Deadline::campaign).thenComparing(Deadline::authority));
        return out;
    }
}
