package org.roundrobin.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code Authorization: Bearer rr_...}: a personal API token, looked up by its SHA-256 (never stored in clear). */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @jakarta.inject.Inject
    IdentityCache cache;
    @jakarta.inject.Inject
    AccountStore accounts;

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
            UserAccount u = accounts.byToken(token).filter(AccountStore.Account::active).map(AccountStore.Account::toEntity).orElse(null);
            if (u == null) throw new AuthenticationFailedException("Unknown or revoked API token");
            SecurityIdentity identity = Identities.of(u);
            cache.put("token", identity, token);
            return identity;
        });
    }
}
