package org.roundrobin.dashboard;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.request.AppClock;

@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    AppClock clock;

    /** Counts by status, outcome, question × outcome and section; on-time rate and median working days. */
    @GET
    @Path("{slug}/summary")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public CampaignSummary summary(@PathParam("slug") String slug) {
        return CampaignSummary.cached(Campaigns.find(slug), clock.today());
    }
}
