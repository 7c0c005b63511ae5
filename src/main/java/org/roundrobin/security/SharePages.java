package org.roundrobin.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import org.roundrobin.campaign.Campaign;
import org.roundrobin.dashboard.Dashboards;
import org.roundrobin.dashboard.MatrixQuery;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.web.Heavy;
import org.roundrobin.web.OutcomeStyle;

/**
 * What a share link shows, to anyone who has it: the dashboard and the report, read-only. Both are built from
 * aggregates that hold no requester email, no note, no correspondence and no attachment, and link nowhere inside
 * the service. A revoked or unknown link is a plain 404 (no hint whether it ever existed).
 */
@Path("/share/{token}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SharePages {

    /** The matrix on one page (there is no htmx paging for a visitor), up to the report's limit. */
    @ConfigProperty(name = "roundrobin.report.max-rows")
    int maxRows;
    private static final String CSS = stylesheet();

    @Inject
    AppClock clock;
    @Inject
    @Location("ReportPages/report.html")
    Template report;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboards.View view, String token, List<OutcomeStyle> styles);
    }

    /** Both pages are made in their turn ({@link Heavy}), then in their own transaction: a large campaign's hold megabytes. */
    @GET
    public Response dashboard(@PathParam("token") String token) {
        return page(Heavy.run(() -> QuarkusTransaction.requiringNew().call(() -> {
            Dashboards.View view = Dashboards.build(campaign(token), clock.today(), MatrixQuery.Filters.none(), maxRows);
            return Templates.dashboard(view, token, List.of(OutcomeStyle.values())).render().getBytes(StandardCharsets.UTF_8);
        })), null);
    }

    private record Report(String slug, byte[] html) {
    }

    @GET
    @Path("report")
    public Response report(@PathParam("token") String token, @QueryParam("download") boolean download) {
        LocalDate today = clock.today();
        Report made = Heavy.run(() -> QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = campaign(token);
            return new Report(c.slug, report.data("view", Dashboards.build(c, today, MatrixQuery.Filters.none(), maxRows)).data("css", CSS)
                    .data("today", today).data("styles", List.of(OutcomeStyle.values())).render().getBytes(StandardCharsets.UTF_8));
        }));
        return page(made.html(), download ? made.slug() + "-report-" + today + ".html" : null);
    }

    private static Campaign campaign(String token) {
        return ShareLink.findActive(token).map(s -> s.campaign).orElseThrow(() -> ProblemException.notFound("Shared page"));
    }

    private static Response page(byte[] html, String filename) {
        Response.ResponseBuilder r = Response.ok(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex, nofollow").header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store");
        if (filename != null) r.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return r.build();
    }

    private static String stylesheet() {
        try (InputStream in = SharePages.class.getResourceAsStream("/META-INF/resources/css/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
