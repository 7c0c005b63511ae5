package org.roundrobin.dashboard;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.request.AppClock;
import org.roundrobin.web.Heavy;
import org.roundrobin.web.OutcomeStyle;

/**
 * The publishable report: one self-contained HTML page (the stylesheet inlined, charts as inline SVG, no script,
 * no external request), fit to publish or print to PDF. {@code ?download=true} offers the same page as a file.
 */
@Path("/campaigns")
public class ReportPages {

    private static final String CSS = stylesheet();

    @Inject
    AppClock clock;
    /**
     * The most authorities a report lists, A to Z: all of a police round robin, but not 50,000 rows, which would be a
     * 50 MB page held in memory at once (beyond it the report says so and points to the CSV export, which streams).
     * Its default (2000) is set once, in application.properties.
     */
    @ConfigProperty(name = "roundrobin.report.max-rows")
    int maxRows;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Dashboards.View view, String css, LocalDate today, List<OutcomeStyle> styles);
    }

    /** Made in its turn ({@link Heavy}), then its own transaction: a large report holds megabytes while it is made. */
    @GET
    @Path("{slug}/report")
    @Produces(MediaType.TEXT_HTML)
    @CampaignAccess(Role.VIEWER)
    public Response report(@PathParam("slug") String slug, @QueryParam("download") boolean download) {
        LocalDate today = clock.today();
        byte[] html = Heavy.run(() -> QuarkusTransaction.requiringNew().call(() -> Templates.report(
                Dashboards.build(Campaigns.find(slug), today, MatrixQuery.Filters.none(), maxRows), CSS, today,
                List.of(OutcomeStyle.values())).render().getBytes(StandardCharsets.UTF_8)));
        Response.ResponseBuilder r = Response.ok(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (download) r.header("Content-Disposition", "attachment; filename=\"" + slug + "-report-" + today + ".html\"");
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
