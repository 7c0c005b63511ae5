package org.roundrobin.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.CampaignCache;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Timeline;

/**
 * Builds a campaign's dashboard from aggregates and one page of rows: a fixed number of statements however
 * many authorities the campaign has (DashboardStatementsTest counts them at 48 and at 500).
 */
public final class Dashboards {

    public static final int PAGE_SIZE = 50;
    static final int OVERDUE_SHOWN = 100;

    private Dashboards() {
    }

    @io.quarkus.qute.TemplateData
    public record StripItem(StatusGroup group, long count) {
        public String label() {
            return group.label();
        }

        public String param() {
            return group.param();
        }
    }

    @io.quarkus.qute.TemplateData
    public record Section(String section, long count) {
    }

    @io.quarkus.qute.TemplateData
    public record Late(long requestId, String authority, LocalDate dueOn, int workingDaysLate, String status) {
    }

    @io.quarkus.qute.TemplateData
    public record Timeliness(long responded, long onTime, Double onTimeRate, Double median, Charts.Histogram histogram,
                             List<Late> overdue, long overdueCount) {
        public String onTimePercent() {
            return onTimeRate == null ? "—" : Math.round(onTimeRate * 100) + "%";
        }

        public String medianText() {
            return median == null ? "—" : (median % 1 == 0 ? String.valueOf(median.intValue()) : String.valueOf(median));
        }

        public boolean moreOverdue() {
            return overdueCount > overdue.size();
        }
    }

    @io.quarkus.qute.TemplateData
    public record View(Campaign campaign, CampaignSummary summary, List<StripItem> strip, Charts.OutcomeChart chart,
                       List<Section> sections, Timeliness timeliness, PoliceTiles.Grid tiles, MatrixQuery.Matrix matrix) {
    }

    /** The campaign-wide part of the dashboard, kept until the campaign changes ({@link CampaignCache}). */
    private record Aggregates(CampaignSummary summary, List<StripItem> strip, Charts.OutcomeChart chart, List<Section> sections,
                              Timeliness timeliness, PoliceTiles.Grid tiles) {
    }

    /**
     * The dashboard: its aggregates and a page of the matrix, each kept until the campaign changes, so that looking
     * again costs no statement beyond reading the campaign (a full-length matrix, for the report, is never kept).
     */
    public static View build(Campaign c, LocalDate today, MatrixQuery.Filters filters, int pageSize) {
        Aggregates a = CampaignCache.get(c, "dashboard", today, () -> aggregates(c, today));
        MatrixQuery.Matrix matrix = pageSize > PAGE_SIZE ? MatrixQuery.page(c, today, filters, pageSize)
                : CampaignCache.get(c, "matrix" + filters.here() + "&size=" + pageSize, today, () -> MatrixQuery.page(c, today, filters, pageSize));
        return new View(c, a.summary(), a.strip(), a.chart(), a.sections(), a.timeliness(), a.tiles(), matrix);
    }

    private static Aggregates aggregates(Campaign c, LocalDate today) {
        CampaignSummary s = CampaignSummary.cached(c, today);
        List<StripItem> strip = new ArrayList<>();
        for (StatusGroup g : StatusGroup.values()) {
            long n = g.count(s.byStatus());
            if (n > 0 || g.ordinal() <= StatusGroup.WITH_REGULATOR.ordinal()) strip.add(new StripItem(g, n));
        }
        List<Section> sections = s.bySection().entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
        long late = StatusGroup.OVERDUE.count(s.byStatus()) + StatusGroup.VERY_OVERDUE.count(s.byStatus());
        Timeliness t = new Timeliness(s.responded(), s.respondedOnTime(), s.onTimeRate(), s.medianWorkingDays(),
                Charts.histogram(daysTaken(c)), overdue(c, today), late);
        return new Aggregates(s, strip, Charts.outcomes(s), sections, t, PoliceTiles.of(c, today));
    }

    private static Map<Integer, Long> daysTaken(Campaign c) {
        Map<Integer, Long> byDays = new TreeMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select r.workingDaysTaken, count(r) from FoiRequest r where r.campaign = :c and r.workingDaysTaken is not null
                group by r.workingDaysTaken""", Object[].class).setParameter("c", c).getResultList()) {
            byDays.put((Integer) row[0], (Long) row[1]);
        }
        return byDays;
    }

    /** The late requests, most overdue first, with the working days each is late today. */
    private static List<Late> overdue(Campaign c, LocalDate today) {
        EntityManager em = Panache.getEntityManager();
        String late = "(" + StatusGroup.OVERDUE.where() + " or " + StatusGroup.VERY_OVERDUE.where() + ")";
        List<FoiRequest> list = em.createQuery("select r from FoiRequest r join fetch r.authority a where r.campaign = :c and "
                        + late + " order by r.dueOn, a.name", FoiRequest.class)
                .setParameter("c", c).setParameter("today", today).setMaxResults(OVERDUE_SHOWN).getResultList();
        return list.stream().map(r -> new Late(r.id, r.authority.name, r.dueOn,
                Timeline.workingDaysLate(r.law(), r.state, r.dueOn, r.respondedOn, today),
                org.roundrobin.web.Labels.text("status." + r.statusOn(today).name()))).toList();
    }
}
