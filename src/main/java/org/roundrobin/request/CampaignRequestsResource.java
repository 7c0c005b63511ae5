package org.roundrobin.request;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.roundrobin.web.JsonArrays;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
    @Inject
    ObjectMapper mapper;

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

    /**
     * One row per authority, by name (and id): written as it is read ({@link JsonArrays}), so that the 50,000 requests
     * of a campaign to every school never sit in memory at once. The status filter is applied as rows are written.
     */
    @GET
    @Path("{slug}/requests")
    @CampaignAccess(Role.VIEWER)
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RequestViews.Row.class)))
    public Response requests(@PathParam("slug") String slug, @QueryParam("status") String status, @QueryParam("overdue") Boolean overdue) {
        Status wanted = status == null || status.isBlank() ? null : Arrays.stream(Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("status", "'" + status + "' is not one of " + List.of(Status.values())));
        long campaign = Campaigns.find(slug).id; // a 404 before the answer starts
        LocalDate today = clock.today();
        return JsonArrays.of(mapper, () -> JsonArrays.byIds(RequestQueries.idsByName(campaign), RequestQueries::withAuthorities), r -> {
            RequestViews.Row row = RequestViews.Row.of(r, today);
            boolean late = row.status() == Status.OVERDUE || row.status() == Status.VERY_OVERDUE;
            return (wanted == null || row.status() == wanted) && (overdue == null || overdue == late) ? row : null;
        });
    }
}
