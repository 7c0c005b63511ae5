package org.roundrobin.dashboard;

import io.quarkus.security.Authenticated;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Progress> campaigns, List<Radar.Window> soon, List<Radar.Window> closed, int days);
    }

    @GET
    @Transactional
    @Authenticated
    public String home() {
        Radar.View view = radar.scan(RADAR_DAYS, true, access.visibleCampaignIds());
        return Templates.home(access.visible(progress(clock.today()), Progress::campaign), view.windows().stream().filter(w -> !w.closed()).toList(),
                view.windows().stream().filter(Radar.Window::closed).toList(), RADAR_DAYS).render();
    }

    static List<Progress> progress(LocalDate today) {
        List<Campaign> campaigns = Campaign.list("order by createdAt desc");
        Map<Long, long[]> counts = new HashMap<>(); // total, responded, awaiting, late
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select r.campaign.id, r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn,
                       case when r.respondedOn is null then 0 else 1 end, count(r)
                from FoiRequest r group by r.campaign.id, r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn,
                       case when r.respondedOn is null then 0 else 1 end""", Object[].class).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[4]);
            Status s = ((Status) row[1]).at(today, (LocalDate) row[2], (LocalDate) row[3], (LocalDate) row[4]);
            long n = (Long) row[6];
            c[0] += n;
            if (((Number) row[5]).intValue() == 1) c[1] += n;
            else if (s == Status.OVERDUE || s == Status.VERY_OVERDUE) c[3] += n;
            else if (s == Status.AWAITING_RESPONSE || s == Status.AWAITING_CLARIFICATION) c[2] += n;
        }
        return campaigns.stream().map(c -> {
            long[] n = counts.getOrDefault(c.id, new long[4]);
            return new Progress(c, n[0], n[1], n[2], n[3]);
        }).toList();
    }
}
