package org.roundrobin.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;
import org.roundrobin.web.OutcomeStyle;

/**
 * The question × authority matrix, one page at a time: a count, the page's requests with their authorities,
 * and the page's answers — three statements whatever the campaign's size (50,000 authorities stay fast).
 */
public final class MatrixQuery {

    public enum Sort { AUTHORITY, STATUS, OUTCOME }

    /** What the list is filtered and sorted by; also builds the links that keep the other choices. */
    @io.quarkus.qute.TemplateData
    public record Filters(StatusGroup group, Jurisdiction jurisdiction, String section, Sort sort, int page) {
        public Filters {
            sort = sort == null ? Sort.AUTHORITY : sort;
            page = Math.max(0, page);
        }

        public static Filters none() {
            return new Filters(null, null, null, Sort.AUTHORITY, 0);
        }

        public boolean any() {
            return group != null || jurisdiction != null || section != null;
        }

        public String query(int toPage) {
            Map<String, String> p = new LinkedHashMap<>();
            if (group != null) p.put("status", group.param());
            if (jurisdiction != null) p.put("jurisdiction", jurisdiction.name());
            if (section != null) p.put("section", section);
            if (sort != Sort.AUTHORITY) p.put("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
            if (toPage > 0) p.put("page", String.valueOf(toPage + 1));
            StringBuilder sb = new StringBuilder();
            p.forEach((k, v) -> sb.append(sb.isEmpty() ? "?" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return sb.toString();
        }

        public String sorted(String by) {
            return new Filters(group, jurisdiction, section, Sort.valueOf(by), 0).query(0);
        }

        /** The path and query of this list, for links back to it. */
        public String here() {
            return query(page);
        }

        public String jurisdictionParam() {
            return jurisdiction == null ? "" : jurisdiction.name();
        }

        public String groupLabel() {
            return group == null ? null : group.label();
        }
    }

    @io.quarkus.qute.TemplateData
    public record Cell(int question, OutcomeStyle style, String sections) {
        public String sectionsText() {
            return sections == null ? "" : "s." + sections.replace(";", ", s.");
        }
    }

    @io.quarkus.qute.TemplateData
    public record Row(long requestId, String authoritySlug, String authority, String jurisdiction, Status status,
                      int workingDaysLate, OutcomeStyle overall, List<Cell> cells) {
        public String statusLabel() {
            return org.roundrobin.web.Labels.text("status." + status.name());
        }
    }

    @io.quarkus.qute.TemplateData
    public record Column(int number, String label) {
    }

    @io.quarkus.qute.TemplateData
    public record Matrix(List<Column> columns, List<Row> rows, long total, int page, int pageSize, Filters filters) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public String previous() {
            return filters.query(page - 1);
        }

        public String next() {
            return filters.query(page + 1);
        }

        public int pageNumber() {
            return page + 1;
        }

        public boolean paged() {
            return total > rows.size();
        }

        public int colspan() {
            return columns.size() + 3;
        }

        public int first() {
            return rows.isEmpty() ? 0 : page * pageSize + 1;
        }

        public int last() {
            return page * pageSize + rows.size();
        }
    }

    private MatrixQuery() {
    }

    public static Matrix page(Campaign c, LocalDate today, Filters f, int pageSize) {
        EntityManager em = Panache.getEntityManager();
        StringBuilder where = new StringBuilder(" where r.campaign = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", c);
        if (f.jurisdiction() != null) {
            where.append(" and a.jurisdiction = :j");
            params.put("j", f.jurisdiction());
        }
        if (f.group() != null) {
            where.append(" and ").append(f.group().where());
        }
        if (f.section() != null) {
            where.append(" and exists (select 1 from FoiRequest r2 join r2.sections s where r2 = r and s = :section)");
            params.put("section", f.section());
        }
        if (where.indexOf(":today") >= 0) params.put("today", today);
        TypedQuery<Long> count = em.createQuery("select count(r) from FoiRequest r join r.authority a" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        int page = (int) Math.min(f.page(), Math.max(0, (total - 1) / pageSize));
        String order = switch (f.sort()) {
            case AUTHORITY -> " order by %1$s.name, %2$s.id";
            case STATUS -> " order by %2$s.state, %2$s.dueOn, %1$s.name, %2$s.id";
            case OUTCOME -> " order by %2$s.outcome nulls last, %1$s.name, %2$s.id";
        };
        // The page's ids are sorted and cut in a subquery, then only they are read whole: sorting whole rows (two
        // entities' columns) for 50,000 requests held ~70 MB in the database per view, and sixteen at once ran out of heap.
        TypedQuery<FoiRequest> q = em.createQuery("select o from FoiRequest o join fetch o.authority oa where o.id in (select r.id"
                + " from FoiRequest r join r.authority a" + where + order.formatted("a", "r") + " offset :first rows fetch first :max rows only)"
                + order.formatted("oa", "o"), FoiRequest.class);
        params.forEach(q::setParameter);
        List<FoiRequest> requests = q.setParameter("first", page * pageSize).setParameter("max", pageSize).getResultList();
        Map<Long, Map<Integer, Object[]>> answers = answers(em, requests);
        List<Row> rows = new ArrayList<>(requests.size());
        for (FoiRequest r : requests) {
            Map<Integer, Object[]> mine = answers.getOrDefault(r.id, Map.of());
            List<Cell> cells = c.questions.stream().map(qn -> {
                Object[] a = mine.get(qn.number);
                return a == null ? new Cell(qn.number, OutcomeStyle.NO_REPLY, null)
                        : new Cell(qn.number, OutcomeStyle.of((Outcome) a[2]), (String) a[3]);
            }).toList();
            rows.add(new Row(r.id, r.authority.slug, r.authority.name, r.authority.jurisdiction.label(), r.statusOn(today),
                    Timeline.workingDaysLate(r.law(), r.state, r.dueOn, r.respondedOn, today), OutcomeStyle.of(r.outcome), cells));
        }
        List<Column> columns = c.questions.stream().map(qn -> new Column(qn.number, qn.label)).toList();
        return new Matrix(columns, rows, total, page, pageSize, new Filters(f.group(), f.jurisdiction(), f.section(), f.sort(), page));
    }

    /** request id → question → (id, question, outcome, sections), in one statement for the page. */
    private static Map<Long, Map<Integer, Object[]>> answers(EntityManager em, List<FoiRequest> requests) {
        Map<Long, Map<Integer, Object[]>> byRequest = new HashMap<>();
        if (requests.isEmpty()) return byRequest;
        List<Long> ids = requests.stream().map(r -> r.id).toList();
        for (Object[] row : em.createQuery("select r.id, an.question, an.outcome, an.sections from FoiRequest r join r.answers an"
                + " where r.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            byRequest.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Integer) row[1], row);
        }
        return byRequest;
    }
}
