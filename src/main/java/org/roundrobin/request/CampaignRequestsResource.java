package org.roundrobin.request;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;

/** A campaign's requests: launching it, and the one-row-per-authority list. */
@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignRequestsResource {

    @Inject
    Launcher launcher;
    @Inject
    AppClock clock;
    @Inject
    Instance<EmailLaunch> emailLaunch;

    /** {@code send: true} sends the request by email (the mail feature) instead of recording a date it was sent. */
    public record LaunchInput(LocalDate sentOn, String note, Boolean send) {
    }

    @POST
    @Path("{slug}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    @CampaignAccess(Role.EDITOR)
    public Object launch(@PathParam("slug") String slug, LaunchInput input) {
        if (input == null) throw ProblemException.invalid("body", "is empty; send {\"sentOn\":\"yyyy-MM-dd\"} or {\"send\":true}");
        if (Boolean.TRUE.equals(input.send())) {
            if (input.sentOn() != null) {
                throw ProblemException.invalid("sentOn", "must be left out when sending by email: each request is dated the day its letter is delivered");
            }
            return emailLaunch.get().launch(slug, input.note());
        }
        return launcher.recordSent(slug, input.sentOn(), input.note());
    }

    @GET
    @Path("{slug}/requests")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public List<RequestViews.Row> requests(@PathParam("slug") String slug, @QueryParam("status") String status,
                                           @QueryParam("overdue") Boolean overdue) {
        Campaign c = Campaigns.find(slug);
        Status wanted = status == null || status.isBlank() ? null : Arrays.stream(Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("status", "'" + status + "' is not one of " + List.of(Status.values())));
        LocalDate today = clock.today();
        return RequestQueries.forCampaign(c).stream()
                .map(r -> RequestViews.Row.of(r, today))
                .filter(row -> wanted == null || row.status() == wanted)
                .filter(row -> overdue == null || overdue == (row.status() == Status.OVERDUE || row.status() == Status.VERY_OVERDUE))
                .toList();
    }
}
