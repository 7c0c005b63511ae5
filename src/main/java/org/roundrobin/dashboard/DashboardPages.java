package org.roundrobin.dashboard;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.request.AppClock;
import org.roundrobin.web.OutcomeStyle;

/** The campaign dashboard: the response pattern at a glance. Sorting, filtering and paging the matrix swap only the matrix under htmx. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    @Inject
    AppClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboards.View view, MatrixQuery.Matrix matrix, Job launch,
                                                 List<Jurisdiction> jurisdictions, List<StatusGroup> groups,
                                                 List<OutcomeStyle> styles);

        static native TemplateInstance dashboard$matrix(Dashboards.View view, MatrixQuery.Matrix matrix,
                                                        List<Jurisdiction> jurisdictions, List<StatusGroup> groups);
    }

    @GET
    @Path("{slug}")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public String dashboard(@PathParam("slug") String slug, @QueryParam("status") String status,
                                      @QueryParam("jurisdiction") String jurisdiction, @QueryParam("section") String section,
                                      @QueryParam("sort") String sort, @QueryParam("page") Integer page,
                                      @HeaderParam("HX-Request") String htmx, @HeaderParam("HX-Target") String target) {
        Campaign c = Campaigns.find(slug);
        MatrixQuery.Filters filters = filters(status, jurisdiction, section, sort, page);
        Dashboards.View view = Dashboards.build(c, clock.today(), filters, Dashboards.PAGE_SIZE);
        List<Jurisdiction> jurisdictions = List.of(Jurisdiction.values());
        List<StatusGroup> groups = List.of(StatusGroup.values());
        if (htmx != null && "matrix".equals(target)) {
            return Templates.dashboard$matrix(view, view.matrix(), jurisdictions, groups).render();
        }
        Job launch = Job.latest("launch", c.slug).orElse(null);
        return Templates.dashboard(view, view.matrix(), launch, jurisdictions, groups, List.of(OutcomeStyle.values())).render();
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
