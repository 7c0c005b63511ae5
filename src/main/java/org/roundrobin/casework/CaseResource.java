package org.roundrobin.casework;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.roundrobin.request.AppClock;

/** Regulator cases: open one, read it with its lead-case group, edit its own facts, record and correct its decision. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    Casework casework;
    @Inject
    org.roundrobin.security.Access access;
    @Inject
    AppClock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.BODY)
    public Response open(CaseInputs.Open input) {
        // The campaign is named by the body's request: editors of that campaign may open its cases.
        if (input != null && input.requestId() != null) {
            org.roundrobin.request.FoiRequest.<org.roundrobin.request.FoiRequest>findByIdOptional(input.requestId())
                    .ifPresent(r -> access.require(r.campaign, Role.EDITOR));
        }
        RegulatorCase c = casework.open(input);
        return Response.created(URI.create("/api/cases/" + c.reference)).entity(view(c)).build();
    }

    @GET
    @Path("{reference: .+}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.CASE)
    public CaseViews.Full get(@PathParam("reference") String reference) {
        return view(Casework.find(reference));
    }

    @PUT
    @Path("{reference: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.CASE)
    public CaseViews.Full edit(@PathParam("reference") String reference, CaseInputs.Edit input) {
        return view(casework.edit(reference, input));
    }

    /** Records the decision notice (409 if the case is decided: correct it instead). */
    @POST
    @Path("{reference: .+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.CASE)
    public CaseViews.Full decide(@PathParam("reference") String reference, CaseInputs.Decision input) {
        return view(casework.decide(reference, input));
    }

    @POST
    @Path("{reference: .+}/decision/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.CASE)
    public CaseViews.Full correct(@PathParam("reference") String reference, CaseInputs.Decision input) {
        return view(casework.correct(reference, input));
    }

    private CaseViews.Full view(RegulatorCase c) {
        return CaseViews.Full.of(c, clock.today());
    }
}
