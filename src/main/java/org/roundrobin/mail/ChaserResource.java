package org.roundrobin.mail;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;

/** A campaign's chasers: what awaits approval, approving them, suggestions, and the campaign's mail settings. */
@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class ChaserResource {

    @Inject
    Outbox outbox;
    @Inject
    ChaserPolicy policy;
    @Inject
    AppClock clock;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    public record Chasers(List<LetterView> awaitingApproval, List<ChaserPolicy.Suggestion> suggestions) {
    }

    public record ApproveInput(List<Long> ids) {
    }

    public record Approved(int approved, int cancelled) {
    }

    public record Settings(String chasers, boolean digest, Integer version) {
    }

    @GET
    @Path("{slug}/chasers")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public Chasers chasers(@PathParam("slug") String slug) {
        Campaign c = Campaigns.find(slug);
        List<Letter> secondSent = Letter.list("select l from Letter l join fetch l.request r join fetch r.authority "
                + "where r.campaign = ?1 and l.kind = ?2 and l.status = ?3", c, LetterKind.CHASER_2, Letter.Status.SENT);
        return new Chasers(Letter.heldFor(c).stream().map(LetterView::of).toList(), policy.suggestions(secondSent, clock.today()));
    }

    /** Sends the held chasers (all, or those listed); any no longer needed is cancelled instead. */
    @POST
    @Path("{slug}/chasers/approve")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @CampaignAccess(Role.EDITOR)
    public Approved approve(@PathParam("slug") String slug, String body) {
        ApproveInput in = JsonBody.optional(mapper, body, ApproveInput.class);
        Campaign c = Campaigns.find(slug);
        List<Letter> held = new java.util.ArrayList<>(Letter.heldFor(c));
        if (in != null && in.ids() != null) {
            Set<Long> wanted = Set.copyOf(in.ids());
            List<Long> unknown = in.ids().stream().filter(id -> held.stream().noneMatch(l -> l.id.equals(id))).toList();
            if (!unknown.isEmpty()) throw ProblemException.invalid("ids", "not chasers awaiting approval in this campaign: " + unknown);
            held.removeIf(l -> !wanted.contains(l.id));
        }
        int approved = outbox.approve(held);
        return new Approved(approved, held.size() - approved);
    }

    @GET
    @Path("{slug}/mail-settings")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public Settings settings(@PathParam("slug") String slug) {
        MailSettings s = MailSettings.of(Campaigns.find(slug).id);
        return new Settings(s.chasersAuto ? "AUTO" : "APPROVE", s.digest, s.version);
    }

    @PUT
    @Path("{slug}/mail-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(Role.OWNER)
    public Settings update(@PathParam("slug") String slug, Settings in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send {\"chasers\":\"AUTO\"|\"APPROVE\",\"digest\":true}");
        if (!"AUTO".equals(in.chasers()) && !"APPROVE".equals(in.chasers())) {
            throw ProblemException.invalid("chasers", "must be AUTO (send when due) or APPROVE (hold for approval)");
        }
        MailSettings s = MailSettings.of(Campaigns.find(slug).id);
        if (in.version() != null && s.isPersistent() && in.version() != s.version) {
            throw ProblemException.conflict("The mail settings were changed by someone else; reload them");
        }
        s.chasersAuto = "AUTO".equals(in.chasers());
        s.digest = in.digest();
        s.persist();
        return new Settings(in.chasers(), s.digest, s.version);
    }
}
