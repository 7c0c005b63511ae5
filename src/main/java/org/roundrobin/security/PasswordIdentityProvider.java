package org.roundrobin.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** Checks a username and password (form sign-in and HTTP Basic), through the login throttle. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginThrottle throttle;
    @Inject
    IdentityCache cache;
    @Inject
    AccountStore accounts;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = rc == null ? null : rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().host();
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword()), address, rc));
    }

    SecurityIdentity check(String username, String password, String address, RoutingContext rc) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        SecurityIdentity cached = cache.get("password", name, password);
        if (cached != null) return cached;
        Optional<Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            if (rc != null) rc.put(Identities.THROTTLED, locked.get());
            throw new AuthenticationFailedException("Too many failed sign-ins; try again later");
        }
        AccountStore.Account found = accounts.byUsername(username).orElse(null);
        boolean ok = Passwords.matches(password, found == null ? null : found.passwordHash());
        UserAccount u = ok && found.active() ? found.toEntity() : null;
        if (u != null) accounts.signedIn(u.id);
        if (u == null) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException("Wrong username or password");
        }
        throttle.succeeded(username, address);
        SecurityIdentity identity = Identities.of(u);
        cache.put("password", identity, name, password);
        return identity;
    }
}
