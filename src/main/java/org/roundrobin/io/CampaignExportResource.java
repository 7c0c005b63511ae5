package org.roundrobin.io;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.http.ProblemException;
import org.roundrobin.io.calendar.CalendarResource;
import org.roundrobin.io.calendar.DeadlineFeed;
import org.roundrobin.io.csv.CampaignCsv;
import org.roundrobin.request.AppClock;

/** One campaign's data out: the spreadsheet, the JSON document and the calendar feed. (Under /api/campaigns: JAX-RS matches the longest class path first.) */
@Path("/api/campaigns")
public class CampaignExportResource {

    public static final String CSV = "text/csv";

    @Inject
    ExportResource documents;
    @Inject
    CampaignCsv csv;
    @Inject
    AppClock clock;
    @Inject
    CalendarResource calendars;
    @Inject
    DeadlineFeed deadlines;

    /** The campaign with its full timelines and the authorities it uses, in the export document's format. */
    @GET
    @Path("{slug}/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @CampaignAccess(Role.VIEWER)
    public Response json(@PathParam("slug") String slug) {
        exists(slug);
        return documents.download(ExportScope.of(slug), slug + "-" + clock.today() + ".json");
    }

    /**
     * One row per authority (RFC 4180, UTF-8). A byte-order mark leads by default: without it Excel reads the
     * file as Windows-1252 and mangles "£" or "Môn"; {@code ?bom=false} leaves it out for scripts.
     */
    @GET
    @Path("{slug}/export.csv")
    @Produces(CSV)
    @CampaignAccess(Role.VIEWER)
    public Response csv(@PathParam("slug") String slug, @QueryParam("bom") @jakarta.ws.rs.DefaultValue("true") boolean bom) {
        exists(slug);
        // In its turn (web.Heavy): H2 holds a sorted cursor's rows while it is read, tens of MB for 50,000 requests
        StreamingOutput body = out -> org.roundrobin.web.Heavy.run(() -> {
            csv.write(slug, bom, out);
            return null;
        });
        return Response.ok(body, CSV + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-" + clock.today() + ".csv\"").build();
    }

    /** This campaign's deadlines as a calendar feed (see {@link CalendarResource}). */
    @GET
    @Path("{slug}/calendar.ics")
    @Produces(CalendarResource.ICS)
    @CampaignAccess(Role.VIEWER)
    public Response calendar(@PathParam("slug") String slug) {
        String title = exists(slug).title;
        return calendars.ics("Round Robin: " + title, slug, deadlines.deadlines(slug));
    }

    private static Campaign exists(String slug) {
        return Campaign.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Campaign '" + slug + "'"));
    }
}
