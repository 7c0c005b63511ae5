package org.roundrobin.dashboard;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.PageContext;
import org.roundrobin.security.Role;
import org.roundrobin.security.SharedPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import org.roundrobin.campaign.CampaignCache;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.LaunchJob;
import org.roundrobin.web.OutcomeStyle;

/** The campaign dashboard: the response pattern at a glance. Sorting, filtering and paging the matrix swap only the matrix under htmx. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    @Inject
    AppClock clock;

    @Inject
    Engine engine;

    @Inject
    PageContext page;

    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    /**
     * The page's heavy parts (the charts, the tile map, the matrix table: most of its HTML) rendered once per revision
     * of the campaign and kept with its figures. They hold nothing of the viewer's: no form, no token, links only.
     */
    @TemplateData
    public record Parts(RawString chart, RawString outcomeTable, RawString histogram, RawString tiles, RawString matrix) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboards.View view, MatrixQuery.Matrix matrix, Parts parts, Job launch,
                                                 List<Jurisdiction> jurisdictions, List<StatusGroup> groups,
                                                 List<OutcomeStyle> styles);

        static native TemplateInstance dashboard$matrix(Dashboards.View view, MatrixQuery.Matrix matrix, Parts parts,
                                                        List<Jurisdiction> jurisdictions, List<StatusGroup> groups);
    }

    // No transaction around the whole: a kept page is one read (no begin and commit for it); the rest has its own
    @GET
    @Path("{slug}")
    @CampaignAccess(Role.VIEWER)
    public Response dashboard(@PathParam("slug") String slug, @QueryParam("status") String status,
                              @QueryParam("jurisdiction") String jurisdiction, @QueryParam("section") String section,
                              @QueryParam("sort") String sort, @QueryParam("page") Integer pageNumber,
                              @QueryParam("done") String done,
                              @HeaderParam("HX-Request") String htmx, @HeaderParam("HX-Target") String target) {
        MatrixQuery.Filters filters = filters(status, jurisdiction, section, sort, pageNumber);
        LocalDate today = clock.today();
        boolean fragment = htmx != null && "matrix".equals(target);
        // What an administrator sees (the Users link) differs, so they have their own copy.
        String key = "page" + (fragment ? "#matrix" : "") + (page.admin() ? "+admin" : "") + filters.here();
        // The usual view is a kept page: one small statement finds it, without loading the campaign
        Head head = head(slug);
        boolean settled = fragment || head == null || head.launch() == null || head.launch() == Job.State.DONE;
        if (done == null && head != null && settled) {
            SharedPage kept = CampaignCache.keptPage(head.stamp(), key, today);
            if (kept != null) return html(page.fill(kept));
        }
        return html(QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = Campaigns.find(slug);
            Job launch = settled ? null : Job.latest(LaunchJob.KIND, c.slug).orElse(null);
            if (done != null || launch != null && !launch.succeeded()) {
                // A notice after an action, or a launch's progress: of this moment, not of the campaign's revision
                return render(c, filters, today, fragment, launch).getBytes(StandardCharsets.UTF_8);
            }
            // Everything else on the page follows the campaign's revision: rendered once, then only the viewer's token
            // and name are put in.
            SharedPage shared = CampaignCache.page(c, key, today, () -> page.shared(() -> render(c, filters, today, fragment, null)));
            return page.fill(shared);
        }));
    }

    /** A campaign's cache stamp and the state of its latest launch job ({@link Job#latest}), or null for no such campaign. */
    record Head(CampaignCache.Stamp stamp, Job.State launch) {
    }

    static Head head(String slug) {
        List<Object[]> rows = Campaign.getEntityManager().createQuery("select c.id, c.revision, c.version, "
                + "(select j.state from Job j where j.kind = :kind and j.subject = c.slug order by j.startedAt desc, j.id desc limit 1) "
                + "from Campaign c where c.slug = :slug", Object[].class)
                .setParameter("kind", LaunchJob.KIND).setParameter("slug", slug).getResultList();
        if (rows.isEmpty()) return null;
        Object[] r = rows.get(0);
        return new Head(new CampaignCache.Stamp((Long) r[0], (Long) r[1], (Integer) r[2]), (Job.State) r[3]);
    }

    private String render(Campaign c, MatrixQuery.Filters filters, LocalDate today, boolean fragment, Job launch) {
        Dashboards.View view = Dashboards.build(c, today, filters, Dashboards.PAGE_SIZE);
        List<Jurisdiction> jurisdictions = List.of(Jurisdiction.values());
        List<StatusGroup> groups = List.of(StatusGroup.values());
        List<OutcomeStyle> styles = List.of(OutcomeStyle.values());
        Parts parts = parts(view, styles, today);
        if (fragment) {
            return Templates.dashboard$matrix(view, view.matrix(), parts, jurisdictions, groups).render();
        }
        return Templates.dashboard(view, view.matrix(), parts, launch, jurisdictions, groups, styles).render();
    }

    private static Response html(byte[] body) {
        return Response.ok(body, HTML).build();
    }

    private Parts parts(Dashboards.View view, List<OutcomeStyle> styles, java.time.LocalDate today) {
        Campaign c = view.campaign();
        RawString[] whole = CampaignCache.get(c, "html", today, () -> new RawString[] {
                tag("outcomeChart", Map.of("chart", view.chart(), "id", "chart-outcomes")),
                tag("outcomeTable", Map.of("chart", view.chart(), "styles", styles)),
                tag("histogram", Map.of("h", view.timeliness().histogram(), "id", "chart-days")),
                view.tiles().shown() ? tag("tiles", Map.of("grid", view.tiles(), "id", "tiles", "links", true)) : new RawString("")});
        RawString matrix = CampaignCache.get(c, "html-matrix" + view.matrix().filters().here(), today,
                () -> tag("matrixTable", Map.of("matrix", view.matrix(), "sortable", true)));
        return new Parts(whole[0], whole[1], whole[2], whole[3], matrix);
    }

    private RawString tag(String name, Map<String, Object> params) {
        TemplateInstance t = engine.getTemplate("tags/" + name).instance();
        params.forEach(t::data);
        return new RawString(t.render());
    }

    static MatrixQuery.Filters filters(String status, String jurisdiction, String section, String sort, Integer page) {
        StatusGroup group = null;
        if (status != null && !status.isBlank()) {
            group = StatusGroup.parse(status).orElseThrow(() -> ProblemException.invalid("status", "'" + status
                    + "' is not one of " + Arrays.stream(StatusGroup.values()).map(StatusGroup::param).toList()));
        }
        Jurisdiction j = null;
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            j = Jurisdiction.parse(jurisdiction).orElseThrow(() -> ProblemException.invalid("jurisdiction",
                    "'" + jurisdiction + "' is not a known jurisdiction"));
        }
        MatrixQuery.Sort by = MatrixQuery.Sort.AUTHORITY;
        if (sort != null && !sort.isBlank()) {
            by = Arrays.stream(MatrixQuery.Sort.values()).filter(s -> s.name().equalsIgnoreCase(sort.strip())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("sort", "'" + sort + "' is not authority, status or outcome"));
        }
        String sec = section == null || section.isBlank() ? null : section.strip();
        return new MatrixQuery.Filters(group, j, sec, by, page == null ? 0 : page - 1);
    }
}
