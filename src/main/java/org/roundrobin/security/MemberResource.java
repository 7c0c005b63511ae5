package org.roundrobin.security;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;

/** Who is in a campaign and in what role; owners manage it. A campaign always keeps at least one owner. */
@Path("/api/campaigns/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    public record MemberView(String username, String displayName, Role role, Instant addedAt) {
        static MemberView of(CampaignMember m) {
            return new MemberView(m.user.username, m.user.displayName, m.role, m.addedAt);
        }
    }

    public record RoleInput(Role role) {
    }

    @GET
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public List<MemberView> list(@PathParam("slug") String slug) {
        return CampaignMember.forCampaign(Campaigns.find(slug)).stream().map(MemberView::of).toList();
    }

    /** Adds the user, or changes their role. */
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(Role.OWNER)
    public MemberView put(@PathParam("slug") String slug, @PathParam("username") String username, RoleInput in) {
        if (in == null || in.role() == null) throw ProblemException.invalid("role", "is required: one of " + List.of(Role.values()));
        Campaign c = Campaigns.find(slug);
        UserAccount u = UserAccount.findByUsername(username).filter(x -> x.active)
                .orElseThrow(() -> ProblemException.invalid("username", "no active user is called '" + username + "'"));
        CampaignMember.of(c, u.id).ifPresent(m -> {
            if (m.role == Role.OWNER && in.role() != Role.OWNER) lastOwnerCheck(c);
        });
        return MemberView.of(CampaignMember.add(c, u, in.role()));
    }

    @DELETE
    @Path("{username}")
    @Transactional
    @CampaignAccess(Role.OWNER)
    public Response remove(@PathParam("slug") String slug, @PathParam("username") String username) {
        Campaign c = Campaigns.find(slug);
        UserAccount u = UserAccount.findByUsername(username).orElseThrow(() -> ProblemException.notFound("Member '" + username + "'"));
        CampaignMember m = CampaignMember.of(c, u.id).orElseThrow(() -> ProblemException.notFound("Member '" + username + "'"));
        if (m.role == Role.OWNER) lastOwnerCheck(c);
        m.delete();
        return Response.noContent().build();
    }

    private static void lastOwnerCheck(Campaign c) {
        if (CampaignMember.count("campaign = ?1 and role = ?2", c, Role.OWNER) <= 1) {
            throw ProblemException.conflict("'" + c.slug + "' must keep at least one owner; make someone else an owner first");
        }
    }
}
