package org.roundrobin.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * How {@code /api} is authenticated: {@code Authorization: Basic} (username and password) or {@code Authorization:
 * Bearer rr_...} (a personal API token), sent with every call. The session cookie of the pages is never accepted
 * here (see application.properties: /api uses only this mechanism), so no cross-site page can make a signed-in
 * browser call the API, and the API needs no CSRF token. An anonymous call gets 401 with a Bearer challenge: not a
 * Basic one, so that a browser never prompts for and then caches a password for this site.
 */
@ApplicationScoped
public class ApiAuthMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "roundrobin-api";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            // Calendar apps subscribe to a bare address and cannot send a header: the two .ics feeds (and only they)
            // also take a personal token in the query, ?token=rr_..., revoked like any other token.
            String token = context.request().getParam("token");
            if (token == null || !context.normalizedPath().endsWith(".ics")) return Uni.createFrom().nullItem();
            header = "Bearer " + token;
        }
        AuthenticationRequest request;
        String h = header.strip();
        if (h.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
            request = new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        } else if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request = new TokenAuthenticationRequest(new TokenCredential(h.substring(7).strip(), "bearer"));
        } else {
            return Uni.createFrom().failure(new AuthenticationFailedException("Unsupported Authorization scheme"));
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        Duration throttled = context.get(Identities.THROTTLED);
        if (throttled != null) {
            return Uni.createFrom().item(new ChallengeData(429, "Retry-After", String.valueOf(Math.max(1, throttled.toSeconds()))));
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Round Robin\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer", SCHEME));
    }
}
