package org.roundrobin.request;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.roundrobin.http.ProblemException;

@Path("/api/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    Timelines timelines;
    @Inject
    org.roundrobin.security.Access access;

    /** The request with its full timeline, derived status and every deadline. */
    @GET
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public RequestViews.Full get(@PathParam("id") long id) {
        FoiRequest r = Timelines.find(id);
        RequestViews.Full full = RequestViews.Full.of(r, timelines.state(r));
        return access.can(r.campaign, org.roundrobin.security.Role.EDITOR) ? full : full.withoutPrivateNotes();
    }

    /** Appends an event; 400 if its fields are wrong, 409 if it does not fit the timeline now (the answer lists what does). */
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public Response addEvent(@PathParam("id") long id, EventInput input) {
        if (input == null) throw ProblemException.invalid("body", "is empty; send the event as JSON");
        if (input.recordedBy() != null) {
            throw ProblemException.invalid("recordedBy", "is set from the signed-in user (who is recording the event); leave it out");
        }
        FoiRequest r = Timelines.find(id);
        Timelines.Appended appended = timelines.append(r, input);
        return Response.created(URI.create("/api/requests/" + id + "#event-" + appended.event().seq))
                .entity(RequestViews.Full.of(r, appended.state())).build();
    }
}
