package org.roundrobin.io.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadline feed for calendar apps: subscribe to its address and the app reads it again every hour or so.
 * One campaign's feed is {@code /api/campaigns/{slug}/calendar.ics} (in {@code CampaignExportResource}).
 */
@Path("/api")
public class CalendarResource {

    public static final String ICS = "text/calendar";

    @Inject
    DeadlineFeed feed;
    @ConfigProperty(name = "roundrobin.base-url")
    String baseUrl;

    @GET
    @Path("calendar.ics")
    @Produces(ICS)
    public Response all() {
        return ics("Round Robin deadlines", "round-robin", feed.deadlines(null));
    }

    public Response ics(String name, String file, List<DeadlineFeed.Deadline> deadlines) {
        return Response.ok(CalendarFile.render(name, deadlines, baseUrl), ICS + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + file + ".ics\"").build();
    }
}
