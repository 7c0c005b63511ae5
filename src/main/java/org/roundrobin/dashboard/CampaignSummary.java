package org.roundrobin.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Status;

/**
 * The response pattern of a campaign in five aggregate queries, whatever the number of authorities:
 * counts by status, by overall outcome, per question × outcome, by section cited, and timeliness.
 */
public record CampaignSummary(String campaign, long total, Map<Status, Long> byStatus, Map<Outcome, Long> byOutcome,
                              Map<String, Map<Outcome, Long>> byQuestion, Map<String, Long> bySection, long responded,
                              long respondedOnTime, Double onTimeRate, Double medianWorkingDays, List<QuestionRef> questions) {

    public record QuestionRef(int number, String label) {
    }

    /** The summary as of the campaign's current revision: worked out again only once the campaign has changed. */
    public static CampaignSummary cached(Campaign c, LocalDate today) {
        return org.roundrobin.campaign.CampaignCache.get(c, "summary", today, () -> of(c, today));
    }

    public static CampaignSummary of(Campaign c, LocalDate today) {
        EntityManager em = Panache.getEntityManager();
        // Status depends on the day: group by the stored state and its dates, then let Status.at decide (few groups: dates cluster).
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        long total = 0;
        for (Object[] row : em.createQuery("""
                select r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn, count(r) from FoiRequest r
                where r.campaign = :c group by r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn""", Object[].class)
                .setParameter("c", c).getResultList()) {
            Status s = ((Status) row[0]).at(today, (LocalDate) row[1], (LocalDate) row[2], (LocalDate) row[3]);
            long n = (Long) row[4];
            byStatus.merge(s, n, Long::sum);
            total += n;
        }
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        for (Object[] row : em.createQuery("""
                select r.outcome, count(r) from FoiRequest r where r.campaign = :c and r.outcome is not null
                group by r.outcome""", Object[].class).setParameter("c", c).getResultList()) {
            byOutcome.put((Outcome) row[0], (Long) row[1]);
        }
        Map<String, Map<Outcome, Long>> byQuestion = new TreeMap<>(java.util.Comparator.comparingInt(Integer::parseInt));
        c.questions.forEach(q -> byQuestion.put(String.valueOf(q.number), new EnumMap<>(Outcome.class)));
        for (Object[] row : em.createQuery("""
                select a.question, a.outcome, count(r) from FoiRequest r join r.answers a where r.campaign = :c
                group by a.question, a.outcome""", Object[].class).setParameter("c", c).getResultList()) {
            byQuestion.computeIfAbsent(String.valueOf(row[0]), k -> new EnumMap<>(Outcome.class)).put((Outcome) row[1], (Long) row[2]);
        }
        Map<String, Long> bySection = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                select s, count(r) from FoiRequest r join r.sections s where r.campaign = :c
                group by s order by count(r) desc, s""", Object[].class).setParameter("c", c).getResultList()) {
            bySection.put((String) row[0], (Long) row[1]);
        }
        List<Object[]> timings = em.createQuery("""
                select r.workingDaysTaken, case when r.respondedOn <= r.dueOn then 1 else 0 end from FoiRequest r
                where r.campaign = :c and r.respondedOn is not null order by r.workingDaysTaken""", Object[].class)
                .setParameter("c", c).getResultList();
        long onTime = timings.stream().filter(t -> ((Number) t[1]).intValue() == 1).count();
        List<Integer> days = new ArrayList<>(timings.size());
        timings.forEach(t -> { if (t[0] != null) days.add((Integer) t[0]); });
        return new CampaignSummary(c.slug, total, byStatus, byOutcome, byQuestion, bySection, timings.size(), onTime,
                timings.isEmpty() ? null : round((double) onTime / timings.size()), median(days),
                c.questions.stream().map(q -> new QuestionRef(q.number, q.label)).toList());
    }

    static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) return null;
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
