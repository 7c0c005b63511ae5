package org.roundrobin.security;

import io.quarkus.security.Authenticated;
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
import java.time.Instant;
import java.util.List;
import org.roundrobin.http.ProblemException;

/** The signed-in user: their account, password, digest choice, campaigns, and personal API tokens. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    public record Membership(String campaign, String title, Role role) {
    }

    public record Me(Users.View user, List<Membership> campaigns) {
    }

    public record Settings(String displayName, String email, Boolean digestOptOut) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record TokenInput(String name) {
    }

    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.revokedAt);
        }
    }

    /** The answer to creating a token: the only time the token itself is shown. */
    public record NewToken(long id, String name, String token, Instant createdAt) {
    }

    @Inject
    Access access;
    @Inject
    Users users;
    @Inject
    IdentityCache cache;

    @GET
    @Transactional
    public Me me() {
        UserAccount u = self();
        List<Membership> campaigns = CampaignMember.<CampaignMember>list("select m from CampaignMember m join fetch m.campaign c "
                + "where m.user = ?1 order by c.slug", u).stream().map(m -> new Membership(m.campaign.slug, m.campaign.title, m.role)).toList();
        return new Me(Users.View.of(u), campaigns);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Users.View settings(Settings in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send displayName, email or digestOptOut");
        return Users.View.of(users.update(access.userId(), new Users.Input(null, in.displayName(), in.email(), null, null, null,
                in.digestOptOut(), null)));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response password(PasswordChange in) {
        if (in == null) throw ProblemException.invalid("body", "is empty; send currentPassword and newPassword");
        users.changePassword(access.userId(), in.currentPassword(), in.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Transactional
    public List<TokenView> tokens() {
        return ApiToken.forUser(self()).stream().map(TokenView::of).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(TokenInput in) {
        if (in == null || in.name() == null || in.name().isBlank()) {
            throw ProblemException.invalid("name", "is required: say what the token is for, e.g. \"laptop scripts\"");
        }
        if (in.name().strip().length() > 100) throw ProblemException.invalid("name", "is longer than 100 characters");
        NewToken made = Tokens.create(self(), in.name().strip());
        return Response.created(URI.create("/api/me/tokens/" + made.id())).entity(made).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        ApiToken t = ApiToken.findById(id);
        if (t == null || !t.user.id.equals(access.userId())) throw ProblemException.notFound("Token " + id);
        if (t.revokedAt == null) t.revokedAt = Instant.now();
        cache.clear();
        return Response.noContent().build();
    }

    private UserAccount self() {
        return Users.find(access.userId());
    }

    /** Making a token: random, shown once, stored as its SHA-256. */
    static final class Tokens {
        static NewToken create(UserAccount u, String name) {
            String token = Secrets.token("rr_");
            ApiToken t = new ApiToken();
            t.user = u;
            t.name = name;
            t.tokenHash = Secrets.sha256(token);
            t.prefix = token.substring(0, 7);
            t.createdAt = Instant.now();
            t.persist();
            return new NewToken(t.id, t.name, token, t.createdAt);
        }
    }
}
