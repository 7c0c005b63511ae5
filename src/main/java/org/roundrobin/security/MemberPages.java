package org.roundrobin.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.web.Form;

/** A campaign's owners manage who is in it, in what role, and its public share links. */
@Path("/campaigns/{slug}/members")
@Produces(MediaType.TEXT_HTML)
@CampaignAccess(Role.OWNER)
public class MemberPages {

    @Inject
    MemberResource members;
    @Inject
    Access access;
    @ConfigProperty(name = "roundrobin.base-url")
    String baseUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Campaign campaign, List<CampaignMember> members, List<ShareLink> links, List<Role> roles,
                                               Form form, String newLink, String done);
    }

    @GET
    public String page(@PathParam("slug") String slug, @QueryParam("done") String done) {
        return render(slug, Form.empty(), null, done);
    }

    /** Adds a member or changes their role. */
    @POST
    public Response put(@PathParam("slug") String slug, @RestForm String username, @RestForm String role) {
        Form form = Form.empty().put("username", username).put("role", role);
        try {
            Role r = parse(role);
            members.put(slug, username == null ? "" : username.strip(), new MemberResource.RoleInput(r));
            return Response.seeOther(URI.create("/campaigns/" + slug + "/members?done=" + username.strip())).build();
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            form.add(p, f -> f);
            return AccountPages.bad(render(slug, form, null, null));
        }
    }

    @POST
    @Path("{username}/remove")
    public Response remove(@PathParam("slug") String slug, @PathParam("username") String username) {
        try {
            members.remove(slug, username);
            return Response.seeOther(URI.create("/campaigns/" + slug + "/members?done=" + username)).build();
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            return AccountPages.bad(render(slug, Form.empty().add(p, f -> null), null, null));
        }
    }

    /** Makes a share link and shows it on this answer only (only its hash is kept). */
    @POST
    @Path("share-links")
    public Response share(@PathParam("slug") String slug, @RestForm String label) {
        Form form = Form.empty().put("label", label);
        if (label != null && label.strip().length() > 100) {
            form.error("label", "is longer than 100 characters");
            return AccountPages.bad(render(slug, form, null, null));
        }
        String url = QuarkusTransaction.requiringNew().call(() -> ShareLinkResource.create(Campaigns.find(slug),
                label == null || label.isBlank() ? null : label.strip(), baseUrl, access.current().getPrincipal().getName()).url());
        return Response.ok(render(slug, Form.empty(), url, null)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("share-links/{id}/revoke")
    public Response revoke(@PathParam("slug") String slug, @PathParam("id") long id) {
        QuarkusTransaction.requiringNew().run(() -> ShareLinkResource.revoke(Campaigns.find(slug), id));
        return Response.seeOther(URI.create("/campaigns/" + slug + "/members?done=revoked")).build();
    }

    private static Role parse(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("role", "choose viewer, editor or owner");
        }
    }

    private String render(String slug, Form form, String newLink, String done) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = Campaigns.find(slug);
            return Templates.members(c, CampaignMember.forCampaign(c), ShareLink.forCampaign(c), List.of(Role.values()), form, newLink, done)
                    .render();
        });
    }
}
