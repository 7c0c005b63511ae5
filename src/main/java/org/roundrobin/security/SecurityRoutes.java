package org.roundrobin.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs first on every request: security headers on every response (including redirects, 401s and static files),
 * the JSON body limit, and two refusals the CSRF filter cannot make: a sign-in posted from another site, and a
 * page write that is not a form (pages accept only forms, which carry the CSRF token).
 */
@ApplicationScoped
public class SecurityRoutes {

    /** No inline script anywhere (app.js does what handlers would); inline style attributes carry chart colours. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI (at /q/swagger-ui) starts itself with an inline script: allowed there only. */
    static final String SWAGGER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    @ConfigProperty(name = "roundrobin.limits.json-max-bytes", defaultValue = "1M")
    MemorySize jsonMax;

    void init(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        var h = rc.response().headers();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev") ? SWAGGER_CSP : CSP);
        HttpMethod m = rc.request().method();
        boolean unsafe = m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS;
        if (!unsafe) {
            rc.next();
            return;
        }
        String type = rc.request().getHeader("Content-Type");
        String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean form = media.equals("application/x-www-form-urlencoded") || media.equals("multipart/form-data");
        if (path.equals("/j_security_check")) {
            if ("cross-site".equals(rc.request().getHeader("Sec-Fetch-Site"))) {
                end(rc, 403, "Signing in from another site is not allowed.");
                return;
            }
        } else if (isApi(path)) {
            String length = rc.request().getHeader("Content-Length");
            if (media.endsWith("json") && length != null && parse(length) > jsonMax.asLongValue()) {
                rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"A JSON body may be at most "
                                + jsonMax.asLongValue() / 1024 + " KiB (setting roundrobin.limits.json-max-bytes)\",\"instance\":\"" + path + "\"}");
                return;
            }
        } else if (!path.startsWith("/q/") && !form) {
            end(rc, 415, "This address accepts only form submissions from Round Robin's own pages.");
            return;
        }
        rc.next();
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static long parse(String n) {
        try {
            return Long.parseLong(n.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void end(RoutingContext rc, int status, String text) {
        rc.request().resume();
        rc.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=UTF-8").end(text);
    }
}
