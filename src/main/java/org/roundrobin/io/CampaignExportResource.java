package org.roundrobin.io;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;

/** One campaign's data out: the JSON document. (Under /api/campaigns: JAX-RS matches the longest class path first.) */
@Path("/api/campaigns")
public class CampaignExportResource {

    @Inject
    ExportResource documents;
    @Inject
    AppClock clock;

    /** The campaign with its full timelines and the authorities it uses, in the export document's format. */
    @GET
    @Path("{slug}/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("slug") String slug) {
        if (Campaign.findBySlug(slug).isEmpty()) throw ProblemException.notFound("Campaign '" + slug + "'");
        return documents.download(ExportScope.of(slug), slug + "-" + clock.today() + ".json");
    }
}
