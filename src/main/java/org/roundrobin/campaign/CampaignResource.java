package org.roundrobin.campaign;

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

    @GET
    public List<CampaignView> list() {
        List<Campaign> all = Campaign.list("order by createdAt desc");
        return all.stream().map(c -> CampaignView.of(c, c.targetCount())).toList();
    }

    @GET
    @Path("{slug}")
    public CampaignView get(@PathParam("slug") String slug) {
        Campaign c = Campaigns.find(slug);
        return CampaignView.of(c, c.targetCount());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "is empty; send the campaign as JSON") CampaignInput body) {
        Campaign c = campaigns.create(body);
        return Response.created(URI.create("/api/campaigns/" + c.slug)).entity(get(c.slug)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignView update(@PathParam("slug") String slug, @Valid @NotNull(message = "is empty; send the campaign as JSON") CampaignInput body) {
        Campaign c = campaigns.update(slug, body);
        return get(c.slug);
    }
}
