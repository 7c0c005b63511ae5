package org.roundrobin.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.http.ProblemException;
import org.roundrobin.web.Form;

/** The signed-in user's own page: digest choice, password, and personal API tokens (a new one is shown once). */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPages {

    @Inject
    Access access;
    @Inject
    Users users;
    @Inject
    IdentityCache cache;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(UserAccount user, List<CampaignMember> campaigns, List<ApiToken> tokens, Form form,
                                               String newToken, String done);
    }

    @GET
    public String account(@QueryParam("done") String done) {
        return page(Form.empty(), null, done == null ? null : switch (done) {
            case "password" -> "Your password was changed.";
            case "settings" -> "Your settings were saved.";
            case "revoked" -> "The token was revoked: it no longer works.";
            default -> null;
        });
    }

    @POST
    @Path("settings")
    public Response settings(@RestForm String displayName, @RestForm String email, @RestForm String digestOptOut) {
        Form form = Form.empty().put("displayName", displayName).put("email", email);
        try {
            users.update(access.userId(), new Users.Input(null, displayName == null ? "" : displayName, email == null ? "" : email, null,
                    null, null, "on".equals(digestOptOut), null));
            return Response.seeOther(URI.create("/account?done=settings")).build();
        } catch (ProblemException p) {
            form.add(p, f -> f);
            return bad(page(form, null, null));
        }
    }

    @POST
    @Path("password")
    public Response password(@RestForm String currentPassword, @RestForm String newPassword) {
        Form form = Form.empty();
        try {
            users.changePassword(access.userId(), currentPassword, newPassword);
            return Response.seeOther(URI.create("/account?done=password")).build();
        } catch (ProblemException p) {
            form.add(p, f -> f);
            return bad(page(form, null, null));
        }
    }

    /** Makes a token and shows it on this answer only (no redirect: it is never shown again). */
    @POST
    @Path("tokens")
    public Response token(@RestForm String name) {
        Form form = Form.empty().put("name", name);
        if (name == null || name.isBlank()) form.error("name", "say what the token is for, e.g. “laptop scripts”");
        else if (name.strip().length() > 100) form.error("name", "is longer than 100 characters");
        if (form.invalid()) return bad(page(form, null, null));
        String token = QuarkusTransaction.requiringNew().call(() -> MeResource.Tokens.create(Users.find(access.userId()), name.strip()).token());
        return Response.ok(page(Form.empty(), token, null)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            ApiToken t = ApiToken.findById(id);
            if (t == null || !t.user.id.equals(access.userId())) throw ProblemException.notFound("Token " + id);
            if (t.revokedAt == null) t.revokedAt = Instant.now();
        });
        cache.clear();
        return Response.seeOther(URI.create("/account?done=revoked")).build();
    }

    private String page(Form form, String newToken, String done) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UserAccount u = Users.find(access.userId());
            List<CampaignMember> campaigns = CampaignMember.list("select m from CampaignMember m join fetch m.campaign c where m.user = ?1 "
                    + "order by c.title", u);
            return Templates.account(u, campaigns, ApiToken.forUser(u), form, newToken, done).render();
        });
    }

    static Response bad(String html) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
