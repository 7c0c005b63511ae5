package org.roundrobin.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** {@code Authorization: Bearer rr_...}: a personal API token, looked up by its SHA-256 (never stored in clear). */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @jakarta.inject.Inject
    IdentityCache cache;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        SecurityIdentity cached = cache.get("token", token);
        if (cached != null) return Uni.createFrom().item(cached);
        return context.runBlocking(() -> {
            UserAccount u = QuarkusTransaction.requiringNew().call(() -> ApiToken.findActive(token).filter(t -> t.user.active).map(t -> {
                Instant now = Instant.now();
                // Noting every use would write on every call; once a minute is enough to tell a live token from a dead one.
                if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(Duration.ofMinutes(1)))) t.lastUsedAt = now;
                return t.user;
            }).orElse(null));
            if (u == null) throw new AuthenticationFailedException("Unknown or revoked API token");
            SecurityIdentity identity = Identities.of(u);
            cache.put("token", identity, token);
            return identity;
        });
    }
}
