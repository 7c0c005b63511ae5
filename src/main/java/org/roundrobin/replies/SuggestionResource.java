package org.roundrobin.replies;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Timelines;

/** {@code GET /api/requests/{id}/suggestion}: what the newest reply stored on the request seems to say (404 when none). */
@Path("/api/requests/{id}/suggestion")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    Suggestions suggestions;

    @GET
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public Suggestion suggestion(@PathParam("id") long id) {
        FoiRequest r = Timelines.find(id);
        return suggestions.forRequest(r).orElseThrow(() -> new ProblemException(404, "Not found",
                "Request " + id + " has no stored reply to read; add the authority's reply first", java.util.List.of()));
    }
}
