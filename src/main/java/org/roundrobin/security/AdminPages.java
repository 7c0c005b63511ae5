package org.roundrobin.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.http.ProblemException;
import org.roundrobin.web.Form;

/** Administrators: the accounts, making one, and changing one (active, administrator, a new password). */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class AdminPages {

    @Inject
    Users users;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserAccount> users, Form form, String done);
    }

    @GET
    public String list(@QueryParam("done") String done) {
        return page(Form.empty(), done);
    }

    @POST
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String email,
                           @RestForm String password, @RestForm String admin) {
        Form form = Form.empty().put("username", username).put("displayName", displayName).put("email", email);
        try {
            UserAccount u = users.create(new Users.Input(username, displayName, email, password, "on".equals(admin), true, false, null));
            return Response.seeOther(URI.create("/admin/users?done=" + u.username)).build();
        } catch (ProblemException p) {
            form.add(p, f -> f);
            return AccountPages.bad(page(form, null));
        }
    }

    /** One account: what an administrator may change. An empty password field leaves the password as it is. */
    @POST
    @Path("{id}")
    public Response update(@PathParam("id") long id, @RestForm String active, @RestForm String admin, @RestForm String password) {
        Form form = Form.empty();
        try {
            UserAccount u = users.update(id, new Users.Input(null, null, null, password == null || password.isBlank() ? null : password,
                    "on".equals(admin), "on".equals(active), null, null));
            return Response.seeOther(URI.create("/admin/users?done=" + u.username)).build();
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            form.add(p, f -> null);
            return AccountPages.bad(page(form, null));
        }
    }

    private String page(Form form, String done) {
        return QuarkusTransaction.requiringNew().call(() -> Templates.users(UserAccount.all(), form, done).render());
    }
}
