package org.roundrobin.dashboard;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.request.AppClock;
import org.roundrobin.web.OutcomeStyle;

/**
 * The publishable report: one self-contained HTML page (the stylesheet inlined, charts as inline SVG, no script,
 * no external request), fit to publish or print to PDF. {@code ?download=true} offers the same page as a file.
 */
@Path("/campaigns")
public class ReportPages {

    /** Every authority's row: a report is the whole picture (a 50,000-row report is a large but flat table). */
    static final int ALL = 100_000;
    private static final String CSS = stylesheet();

    @Inject
    AppClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Dashboards.View view, String css, LocalDate today, List<OutcomeStyle> styles);
    }

    @GET
    @Path("{slug}/report")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public Response report(@PathParam("slug") String slug, @QueryParam("download") boolean download) {
        Campaign c = Campaigns.find(slug);
        LocalDate today = clock.today();
        String html = Templates.report(Dashboards.build(c, today, MatrixQuery.Filters.none(), ALL), CSS, today,
                List.of(OutcomeStyle.values())).render();
        Response.ResponseBuilder r = Response.ok(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (download) r.header("Content-Disposition", "attachment; filename=\"" + c.slug + "-report-" + today + ".html\"");
        return r.build();
    }

    private static String stylesheet() {
        try (InputStream in = ReportPages.class.getResourceAsStream("/META-INF/resources/css/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
