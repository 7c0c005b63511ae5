package org.roundrobin.casework;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import jakarta.ws.rs.ServiceUnavailableException;
import org.roundrobin.authority.AuthorityView;
import org.roundrobin.law.Law;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.Entry;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.RequestViews;
import org.roundrobin.request.ReviewResult;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;
import org.roundrobin.request.TimelineConfig;

/**
 * The campaigner's own deadlines across every campaign: windows closing within N days, soonest first, and
 * windows that closed with the step not taken, flagged. Three statements whatever the number of requests:
 * the candidate requests, their events (without answers: the projection has the outcome), their cases.
 */
@ApplicationScoped
public class Radar {

    @Inject
    AppClock clock;
    @Inject
    TimelineConfig config;

    public record View(LocalDate today, int days, LocalDate until, boolean closedIncluded, List<Window> windows) {
    }

    /** One window: what to do by when, on which request. {@code closed}: the date has passed without the step. */
    public record Window(RadarWindows.Kind kind, RadarWindows.Party by, LocalDate closesOn, long daysLeft, boolean closed,
                         String action, String basis, CaseViews.RequestLink request, AuthorityView.Ref authority,
                         RequestViews.CampaignRef campaign, Status status, String caseReference) {
    }

    /** Soonest first, then by authority and kind. */
    public static final Comparator<Window> ORDER = Comparator.comparing(Window::closesOn).thenComparing((Window w) -> w.authority().name())
            .thenComparing(Window::kind);

    /** Only these states can have a window open; FOISA requests awaiting a response can be reviewed once overdue (s.20). */
    private static final String CANDIDATES = "(r.state in :states or (r.state = :awaiting and a.law = :foisa))";
    private static final EnumSet<Status> STATES = EnumSet.of(Status.RESPONDED, Status.REVIEW_PENDING, Status.REVIEWED, Status.DECIDED);

    /**
     * One scan at a time: a scan holds its campaigns' candidate requests and all their events (tens of MB over the
     * benchmark's data), and sixteen home pages opened at once after a restart, each scanning, ran a 192 MB heap out
     * (H2 then closes the database). Fair, so a waiting view is served in turn.
     */
    private final ReentrantLock scanning = new ReentrantLock(true);
    /** How long a view waits for the scans before it (not the service) gives up. */
    static final int WAIT_SECONDS = 60;

    public View scan(int days, boolean includeClosed) {
        return scan(days, includeClosed, null);
    }

    /** The same, for the campaigns with these ids only (null: every campaign). */
    public View scan(int days, boolean includeClosed, java.util.Set<Long> campaigns) {
        return alone(() -> scanNow(days, includeClosed, campaigns));
    }

    /**
     * Runs {@code work} while no scan runs. A caller that keeps windows per campaign looks again inside it for what
     * it lacked: the one it waited for has often just kept them, and then it needs no scan of its own.
     */
    public <T> T alone(Supplier<T> work) {
        try {
            if (!scanning.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ServiceUnavailableException("The deadline radar is busy being worked out; try again in a minute", 60L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while waiting for the deadline radar", 60L);
        }
        try {
            return work.get();
        } finally {
            scanning.unlock();
        }
    }

    /** Views waiting for a scan to end (tests). */
    int waiting() {
        return scanning.getQueueLength();
    }

    private View scanNow(int days, boolean includeClosed, java.util.Set<Long> campaigns) {
        LocalDate today = clock.today();
        LocalDate until = today.plusDays(days);
        Timeline.Policy policy = config.policy();
        EntityManager em = Panache.getEntityManager();
        // Only the asked campaigns' requests are read (the home page asks for those it has not kept).
        String where = CANDIDATES + (campaigns == null ? "" : " and r.campaign.id in :campaigns");
        List<FoiRequest> requests = bind(em.createQuery("select r from FoiRequest r join fetch r.authority a join fetch r.campaign "
                + "where " + where, FoiRequest.class), campaigns).getResultList();
        Map<Long, List<Entry>> entries = new HashMap<>();
        for (Object[] e : bind(em.createQuery("select r.id, e.id, e.seq, e.type, e.on, e.extendedTo, e.reviewResult, e.decision, "
                + "e.complianceDue, e.corrects from RequestEvent e join e.request r join r.authority a where " + where,
                Object[].class), campaigns).getResultList()) {
            entries.computeIfAbsent((Long) e[0], k -> new ArrayList<>()).add(new Entry((Long) e[1], (Integer) e[2], (EventType) e[3],
                    (LocalDate) e[4], null, (LocalDate) e[5], (ReviewResult) e[6], (DecisionOutcome) e[7], (LocalDate) e[8], (Long) e[9]));
        }
        Map<Long, String> cases = new HashMap<>();
        for (Object[] c : bind(em.createQuery("select r.id, c.reference from RegulatorCase c join c.request r join r.authority a "
                + "where " + where, Object[].class), campaigns).getResultList()) {
            cases.put((Long) c[0], (String) c[1]);
        }
        List<Window> windows = new ArrayList<>();
        for (FoiRequest r : requests) {
            if (campaigns != null && !campaigns.contains(r.campaign.id)) continue;
            RequestState s;
            try {
                s = Timeline.replay(r.law(), entries.getOrDefault(r.id, List.of()), today, policy);
            } catch (Timeline.Refused unreadable) {
                continue; // a timeline that does not replay on this day (events dated after it) has no window today
            }
            for (RadarWindows.Due due : RadarWindows.of(s, r.outcome, r.law(), policy, r.authority.name)) {
                boolean closed = due.closesOn().isBefore(today);
                if (closed ? !includeClosed : due.closesOn().isAfter(until)) continue;
                windows.add(new Window(due.kind(), due.by(), due.closesOn(), ChronoUnit.DAYS.between(today, due.closesOn()), closed,
                        due.action(), due.basis(), CaseViews.RequestLink.of(r), AuthorityView.Ref.of(r.authority),
                        new RequestViews.CampaignRef(r.campaign.slug, r.campaign.title), s.status(), cases.get(r.id)));
            }
        }
        windows.sort(ORDER);
        return new View(today, days, until, includeClosed, windows);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, java.util.Set<Long> campaigns) {
        q.setParameter("states", STATES).setParameter("awaiting", Status.AWAITING_RESPONSE).setParameter("foisa", Law.FOISA);
        return campaigns == null ? q : q.setParameter("campaigns", campaigns.isEmpty() ? java.util.Set.of(-1L) : campaigns);
    }
}
