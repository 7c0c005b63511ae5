package org.roundrobin.dashboard;

import io.quarkus.security.Authenticated;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.ws.rs.QueryParam;
import org.roundrobin.campaign.CampaignCache;
import org.roundrobin.casework.Radar;
import java.util.Map;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Status;

/** The home page: every campaign with a progress bar (responded, awaiting, overdue). Two statements for any number of campaigns. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @Inject
    AppClock clock;

    @TemplateData
    public record Progress(Campaign campaign, long total, long responded, long awaiting, long late) {
        public String respondedPercent() {
            return pct(responded);
        }

        public String awaitingPercent() {
            return pct(awaiting);
        }

        public String latePercent() {
            return pct(late);
        }

        private String pct(long n) {
            return total == 0 ? "0%" : (100.0 * n / total) + "%";
        }
    }

    /** The home page's radar looks two weeks ahead, like {@code GET /api/radar}'s default. */
    static final int RADAR_DAYS = 14;

    @Inject
    Radar radar;
    @Inject
    org.roundrobin.security.Access access;

    /** Campaigns listed per page, newest first; radar windows listed before "and N more". */
    static final int PAGE = 20;
    static final int WINDOWS_SHOWN = 50;

    @TemplateData
    public record Listing(int page, int pages, long total, List<Radar.Window> soon, long soonTotal, List<Radar.Window> closed,
                          long closedTotal) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }

        public long moreSoon() {
            return soonTotal - soon.size();
        }

        public long moreClosed() {
            return closedTotal - closed.size();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Progress> campaigns, Listing listing, int days);
    }

    /**
     * Every campaign's radar and the page's progress bars, each worked out per campaign and kept until that campaign
     * changes ({@link CampaignCache}): a view reads the campaigns, then at most one statement for the progress and
     * three for the radar of the campaigns that changed since (none when nothing did). No transaction: the page only
     * reads, and a view waiting for another's radar scan ({@link Radar#alone}) must not hold a pool connection meanwhile.
     */
    @GET
    @Authenticated
    public String home(@QueryParam("page") Integer page) {
        LocalDate today = clock.today();
        Set<Long> visible = access.visibleCampaignIds();
        List<Campaign> all = visible == null ? Campaign.list("order by createdAt desc, id desc")
                : visible.isEmpty() ? List.of() : Campaign.list("id in ?1 order by createdAt desc, id desc", visible);
        List<Radar.Window> windows = radar(all, today);
        List<Radar.Window> soon = windows.stream().filter(w -> !w.closed()).toList();
        List<Radar.Window> closed = windows.stream().filter(Radar.Window::closed).sorted(Radar.ORDER.reversed()).toList(); // latest first
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page == null ? 1 : page), pages);
        List<Campaign> shown = all.subList((p - 1) * PAGE, Math.min(all.size(), p * PAGE));
        Listing listing = new Listing(p, pages, all.size(), soon.subList(0, Math.min(WINDOWS_SHOWN, soon.size())), soon.size(),
                closed.subList(0, Math.min(WINDOWS_SHOWN, closed.size())), closed.size());
        return Templates.home(progress(shown, today), listing, RADAR_DAYS).render();
    }

    private List<Radar.Window> radar(List<Campaign> campaigns, LocalDate today) {
        String part = "radar" + RADAR_DAYS;
        List<Radar.Window> windows = new ArrayList<>();
        Map<String, Campaign> missing = new HashMap<>();
        for (Campaign c : campaigns) {
            List<Radar.Window> kept = CampaignCache.peek(c, part, today);
            if (kept != null) windows.addAll(kept);
            else if (!c.isDraft()) missing.put(c.slug, c);
        }
        if (!missing.isEmpty()) {
            // People opening the home page together after a restart: one scans, and the others find its windows kept
            windows.addAll(radar.alone(() -> {
                List<Radar.Window> found = new ArrayList<>();
                missing.values().removeIf(c -> {
                    List<Radar.Window> kept = CampaignCache.peek(c, part, today);
                    if (kept != null) found.addAll(kept);
                    return kept != null;
                });
                if (missing.isEmpty()) return found;
                Set<Long> ids = missing.values().stream().map(c -> c.id).collect(Collectors.toSet());
                Map<String, List<Radar.Window>> bySlug = radar.scan(RADAR_DAYS, true, ids).windows().stream()
                        .collect(Collectors.groupingBy(w -> w.campaign().slug()));
                missing.forEach((slug, c) -> {
                    List<Radar.Window> mine = List.copyOf(bySlug.getOrDefault(slug, List.of()));
                    CampaignCache.put(c, part, today, mine);
                    found.addAll(mine);
                });
                return found;
            }));
        }
        windows.sort(Radar.ORDER);
        return windows;
    }

    /** responded, awaiting, late and total requests per campaign: kept ones, and one statement for the rest. */
    static List<Progress> progress(List<Campaign> campaigns, LocalDate today) {
        Map<Long, long[]> counts = new HashMap<>(); // total, responded, awaiting, late
        List<Long> missing = new ArrayList<>();
        for (Campaign c : campaigns) {
            long[] kept = CampaignCache.peek(c, "progress", today);
            if (kept != null) counts.put(c.id, kept);
            else missing.add(c.id);
        }
        if (!missing.isEmpty()) {
            for (Object[] row : Panache.getEntityManager().createQuery("""
                    select r.campaign.id, r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn,
                           case when r.respondedOn is null then 0 else 1 end, count(r)
                    from FoiRequest r where r.campaign.id in :ids group by r.campaign.id, r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn,
                           case when r.respondedOn is null then 0 else 1 end""", Object[].class).setParameter("ids", missing).getResultList()) {
                long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[4]);
                Status s = ((Status) row[1]).at(today, (LocalDate) row[2], (LocalDate) row[3], (LocalDate) row[4]);
                long n = (Long) row[6];
                c[0] += n;
                if (((Number) row[5]).intValue() == 1) c[1] += n;
                else if (s == Status.OVERDUE || s == Status.VERY_OVERDUE) c[3] += n;
                else if (s == Status.AWAITING_RESPONSE || s == Status.AWAITING_CLARIFICATION) c[2] += n;
            }
            for (Campaign c : campaigns) {
                if (missing.contains(c.id)) CampaignCache.put(c, "progress", today, counts.computeIfAbsent(c.id, k -> new long[4]));
            }
        }
        return campaigns.stream().map(c -> {
            long[] n = counts.getOrDefault(c.id, new long[4]);
            return new Progress(c, n[0], n[1], n[2], n[3]);
        }).toList();
    }
}
