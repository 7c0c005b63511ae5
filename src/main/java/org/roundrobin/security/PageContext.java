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

    /**
     * What a {@linkplain #shared shared} render writes for the token and the name. Random for each run of the service,
     * so no text anyone typed into a campaign can be mistaken for them.
     */
    private static final String HOLE = java.util.HexFormat.of().formatHex(randomBytes(12));
    static final String TOKEN_HOLE = "rr-token-" + HOLE;
    static final String NAME_HOLE = "rr-name-" + HOLE;

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }

    @Inject
    CurrentVertxRequest request;
    @Inject
    Instance<SecurityIdentity> identity;

    private boolean shared;

    /**
     * Renders a page that every viewer with the same roles may be shown: the token and the name are left as holes that
     * {@link #fill} fills in for each request. The page must hold nothing else of the viewer or of this request.
     */
    public SharedPage shared(java.util.function.Supplier<String> render) {
        shared = true;
        try {
            return SharedPage.of(render.get(), TOKEN_HOLE, NAME_HOLE);
        } finally {
            shared = false;
        }
    }

    /** A shared page as this viewer sees it (UTF-8). */
    public byte[] fill(SharedPage page) {
        return page.fill(csrfToken(), displayName());
    }

    public String csrfToken() {
        if (shared) return TOKEN_HOLE;
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
        if (shared) return NAME_HOLE;
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
