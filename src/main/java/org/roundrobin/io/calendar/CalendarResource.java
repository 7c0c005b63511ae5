package org.roundrobin.io.calendar;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.security.Access;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadline feed for calendar apps: subscribe to its address and the app reads it again every hour or so.
 * Calendar apps that cannot send an Authorization header add {@code ?token=} with a personal API token.
 * One campaign's feed is {@code /api/campaigns/{slug}/calendar.ics} (in {@code CampaignExportResource}).
 */
@Path("/api")
public class CalendarResource {

    public static final String ICS = "text/calendar";

    @Inject
    DeadlineFeed feed;
    @Inject
    Access access;
    @ConfigProperty(name = "roundrobin.base-url")
    String baseUrl;

    @GET
    @Path("calendar.ics")
    @Produces(ICS)
    @Authenticated
    public Response all() {
        List<DeadlineFeed.Deadline> all = feed.deadlines(null);
        Set<Long> visible = access.visibleCampaignIds();
        if (visible != null) {
            // Only the campaigns this user is a member of; an admin (null) sees every one.
            Set<String> slugs = visible.isEmpty() ? Set.of() : Campaign.<Campaign>list("id in ?1", visible).stream()
                    .map(c -> c.slug).collect(Collectors.toSet());
            all = all.stream().filter(d -> slugs.contains(d.campaign())).toList();
        }
        return ics("Round Robin deadlines", "round-robin", all);
    }

    public Response ics(String name, String file, List<DeadlineFeed.Deadline> deadlines) {
        return Response.ok(CalendarFile.render(name, deadlines, baseUrl), ICS + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + file + ".ics\"").build();
    }
}
