package org.roundrobin.security;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;

/** A campaign's public share links: made and revoked by its owners. The link itself is shown once, when made. */
@Path("/api/campaigns/{slug}/share-links")
@Produces(MediaType.APPLICATION_JSON)
public class ShareLinkResource {

    public record LinkInput(String label) {
    }

    public record LinkView(long id, String label, String createdBy, Instant createdAt, Instant revokedAt) {
        static LinkView of(ShareLink s) {
            return new LinkView(s.id, s.label, s.createdBy, s.createdAt, s.revokedAt);
        }
    }

    public record NewLink(long id, String label, String url, String reportUrl, Instant createdAt) {
    }

    @ConfigProperty(name = "roundrobin.base-url")
    String baseUrl;
    @Inject
    Access access;

    @GET
    @Transactional
    @CampaignAccess(Role.OWNER)
    public List<LinkView> list(@PathParam("slug") String slug) {
        return ShareLink.forCampaign(Campaigns.find(slug)).stream().map(LinkView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @CampaignAccess(Role.OWNER)
    public Response create(@PathParam("slug") String slug, LinkInput in) {
        String label = in == null || in.label() == null || in.label().isBlank() ? null : in.label().strip();
        if (label != null && label.length() > 100) throw ProblemException.invalid("label", "is longer than 100 characters");
        NewLink made = create(Campaigns.find(slug), label, baseUrl, currentName());
        return Response.created(URI.create("/api/campaigns/" + slug + "/share-links/" + made.id())).entity(made).build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @CampaignAccess(Role.OWNER)
    public Response revoke(@PathParam("slug") String slug, @PathParam("id") long id) {
        revoke(Campaigns.find(slug), id);
        return Response.noContent().build();
    }

    static NewLink create(Campaign c, String label, String baseUrl, String by) {
        String token = Secrets.token("");
        ShareLink s = new ShareLink();
        s.campaign = c;
        s.tokenHash = Secrets.sha256(token);
        s.label = label;
        s.createdBy = by;
        s.createdAt = Instant.now();
        s.persist();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new NewLink(s.id, label, base + "/share/" + token, base + "/share/" + token + "/report", s.createdAt);
    }

    static void revoke(Campaign c, long id) {
        ShareLink s = ShareLink.findById(id);
        if (s == null || !s.campaign.id.equals(c.id)) throw ProblemException.notFound("Share link " + id + " of '" + c.slug + "'");
        if (s.revokedAt == null) s.revokedAt = Instant.now();
    }

    private String currentName() {
        return access.current() == null ? "round-robin" : access.current().getPrincipal().getName();
    }
}
