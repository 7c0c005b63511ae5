package org.roundrobin.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the signed-in user from the session cookie on each page request: the account is read again, so a
 * deactivated user (or one whose admin flag was taken away) is affected at once, not when the session ends.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @jakarta.inject.Inject
    IdentityCache cache;
    @jakarta.inject.Inject
    AccountStore accounts;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity cached = cache.get(IdentityCache.SESSION, request.getPrincipal());
        if (cached != null) return Uni.createFrom().item(cached);
        return context.runBlocking(() -> {
            UserAccount u = accounts.byUsername(request.getPrincipal()).filter(AccountStore.Account::active)
                    .map(AccountStore.Account::toEntity).orElse(null);
            if (u == null) throw new AuthenticationFailedException("The account is no longer active");
            SecurityIdentity identity = Identities.of(u);
            cache.put(IdentityCache.SESSION, identity, request.getPrincipal());
            return identity;
        });
    }
}
