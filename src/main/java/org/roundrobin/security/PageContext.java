package org.roundrobin.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What every page template needs from security, as {@code {inject:page.…}}: the CSRF token for forms and htmx, and
 * who is signed in. Never throws: an error page rendered outside a resource simply has no token.
 */
@Named("page")
@RequestScoped
public class PageContext {

    /** The names quarkus-rest-csrf uses (its defaults; see application.properties). */
    public static final String CSRF_FIELD = "csrf-token";
    public static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @Inject
    CurrentVertxRequest request;
    @Inject
    Instance<SecurityIdentity> identity;

    public String csrfToken() {
        RoutingContext rc = request.getCurrent();
        Object token = rc == null ? null : rc.get("csrf_token");
        return token == null ? "" : token.toString();
    }

    public String csrfField() {
        return CSRF_FIELD;
    }

    public String csrfHeader() {
        return CSRF_HEADER;
    }

    private SecurityIdentity id() {
        if (!identity.isResolvable()) return null;
        SecurityIdentity id = identity.get();
        return id == null || id.isAnonymous() ? null : id;
    }

    public boolean signedIn() {
        return id() != null;
    }

    public String username() {
        SecurityIdentity id = id();
        return id == null ? "" : id.getPrincipal().getName();
    }

    public String displayName() {
        SecurityIdentity id = id();
        if (id == null) return "";
        String name = id.getAttribute(Identities.DISPLAY_NAME);
        return name == null ? id.getPrincipal().getName() : name;
    }

    public boolean admin() {
        SecurityIdentity id = id();
        return id != null && id.hasRole("admin");
    }
}
