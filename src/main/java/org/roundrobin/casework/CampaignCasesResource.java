package org.roundrobin.casework;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.CampaignView;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;

/** A campaign's casework: its cases, its link to a related campaign, and a complaint pack per authority. */
@Path("/api/campaigns/{slug}")
public class CampaignCasesResource {

    @Inject
    AppClock clock;
    @Inject
    ComplaintPacks packs;
    @Inject
    org.roundrobin.security.Access access;

    @GET
    @Path("cases")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public List<CaseViews.Row> cases(@PathParam("slug") String slug) {
        LocalDate today = clock.today();
        return RegulatorCase.forCampaign(Campaigns.find(slug)).stream().map(c -> CaseViews.Row.of(c, today)).toList();
    }

    /**
     * Links the campaign to a related one (e.g. a second request to the same bodies), or clears the link, so
     * their cases may share lead cases. Refused while a lead-case group relies on the link being changed.
     */
    @PUT
    @Path("related")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(Role.EDITOR)
    public CampaignView related(@PathParam("slug") String slug, CaseInputs.Related input) {
        if (input == null) throw ProblemException.invalid("body", "is empty; send {\"relatedTo\":\"<slug>\"} or {\"relatedTo\":null}");
        Campaign c = Campaigns.find(slug);
        Campaign related = null;
        if (input.relatedTo() != null && !input.relatedTo().isBlank()) {
            related = Campaign.findBySlug(input.relatedTo().strip()).orElseThrow(() -> ProblemException.invalid("relatedTo",
                    "no campaign has the slug '" + input.relatedTo().strip() + "'"));
            if (related.id.equals(c.id)) throw ProblemException.invalid("relatedTo", "a campaign cannot be related to itself");
            if (!access.mayRead(related)) {
                throw ProblemException.invalid("relatedTo", "no campaign has the slug '" + input.relatedTo().strip() + "'");
            }
        }
        Campaign before = c.related;
        if (before != null && (related == null || !before.id.equals(related.id))
                && (before.related == null || !before.related.id.equals(c.id))) {
            List<String> relying = RegulatorCase.<RegulatorCase>find("select f from RegulatorCase f join f.lead l where "
                    + "(f.request.campaign = ?1 and l.request.campaign = ?2) or (f.request.campaign = ?2 and l.request.campaign = ?1)",
                    c, before).list().stream().map(f -> f.reference + " follows " + f.lead.reference).toList();
            if (!relying.isEmpty()) {
                throw ProblemException.conflict("Cases of '" + c.slug + "' and '" + before.slug + "' share lead cases ("
                        + String.join(", ", relying) + "); change those leads before unlinking the campaigns");
            }
        }
        c.related = related;
        return CampaignView.of(c, c.targetCount());
    }

    /** A complaint draft for one authority: Markdown (default) or plain text, from the editable template. */
    @GET
    @Path("complaint-pack")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public Response complaintPack(@PathParam("slug") String slug, @QueryParam("authority") String authority,
                                  @QueryParam("format") String format) {
        boolean text = format != null && format.strip().equalsIgnoreCase("text");
        if (format != null && !text && !format.strip().equalsIgnoreCase("markdown")) {
            throw ProblemException.invalid("format", "'" + format + "' is not one of markdown, text");
        }
        if (authority == null || authority.isBlank()) {
            throw ProblemException.invalid("authority", "is required: the slug of the authority to complain about");
        }
        String body = packs.render(Campaigns.find(slug), authority.strip(), text);
        return Response.ok(body, (text ? "text/plain" : "text/markdown") + "; charset=UTF-8").build();
    }
}
