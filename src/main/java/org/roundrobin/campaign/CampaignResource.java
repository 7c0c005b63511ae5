package org.roundrobin.campaign;

import io.quarkus.security.Authenticated;
import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    Campaigns campaigns;
    @Inject
    org.roundrobin.security.Access access;

    @GET
    @Authenticated
    public List<CampaignView> list() {
        List<Campaign> all = access.visible(Campaign.list("order by createdAt desc"), c -> c);
        return all.stream().map(c -> CampaignView.of(c, c.targetCount())).toList();
    }

    @GET
    @Path("{slug}")
    @CampaignAccess(Role.VIEWER)
    public CampaignView get(@PathParam("slug") String slug) {
        Campaign c = Campaigns.find(slug);
        return CampaignView.of(c, c.targetCount());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    public Response create(@Valid @NotNull(message = "is empty; send the campaign as JSON") CampaignInput body) {
        Campaign c = campaigns.create(body);
        return Response.created(URI.create("/api/campaigns/" + c.slug)).entity(get(c.slug)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CampaignAccess(Role.OWNER)
    public CampaignView update(@PathParam("slug") String slug, @Valid @NotNull(message = "is empty; send the campaign as JSON") CampaignInput body) {
        Campaign c = campaigns.update(slug, body);
        return get(c.slug);
    }

    /** Deletes a campaign that has no requests yet (409 otherwise: timelines are never deleted). */
    @jakarta.ws.rs.DELETE
    @Path("{slug}")
    @CampaignAccess(Role.OWNER)
    public Response delete(@PathParam("slug") String slug) {
        campaigns.delete(slug);
        return Response.noContent().build();
    }
}
