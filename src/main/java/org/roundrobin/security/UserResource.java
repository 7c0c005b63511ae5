package org.roundrobin.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.roundrobin.http.ProblemException;

/** Accounts, for administrators. A password is write-only: no answer ever contains it or its hash. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserResource {

    @Inject
    Users users;
    @Inject
    Access access;
    @Inject
    IdentityCache cache;

    @GET
    @Transactional
    public List<Users.View> list() {
        return UserAccount.all().stream().map(Users.View::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Users.View get(@PathParam("id") long id) {
        return Users.View.of(Users.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Users.Input in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send the user as JSON");
        UserAccount u = users.create(in);
        return Response.created(URI.create("/api/users/" + u.id)).entity(Users.View.of(u)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Users.View update(@PathParam("id") long id, Users.Input in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send the fields to change as JSON");
        return Users.View.of(users.update(id, in));
    }

    /** Deletes an account with its tokens and memberships; what it recorded keeps its name. */
    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        UserAccount u = Users.find(id);
        if (u.id.equals(access.userId())) throw ProblemException.conflict("You cannot delete your own account");
        List<String> sole = CampaignMember.<CampaignMember>list("user = ?1 and role = ?2", u, Role.OWNER).stream()
                .filter(m -> CampaignMember.count("campaign = ?1 and role = ?2", m.campaign, Role.OWNER) == 1)
                .map(m -> m.campaign.slug).toList();
        if (!sole.isEmpty()) {
            throw ProblemException.conflict("'" + u.username + "' is the only owner of " + sole + "; make someone else an owner first");
        }
        CampaignMember.delete("user", u);
        ApiToken.delete("user", u);
        u.delete();
        cache.clear();
        return Response.noContent().build();
    }
}
