package org.roundrobin.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Signing in (the form posts to Quarkus' /j_security_check) and out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    @Inject
    LoginThrottle throttle;
    @Inject
    SecurityIdentity identity;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, String notice);
    }

    @GET
    @Path("login")
    @PermitAll
    public Response login(@QueryParam("error") String error, @QueryParam("signedOut") String signedOut, RoutingContext rc) {
        if (!identity.isAnonymous() && error == null) return Response.seeOther(URI.create("/")).build();
        String message = null;
        if (error != null) {
            String address = rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().host();
            message = throttle.refusedUntil(address)
                    .map(until -> "Too many failed attempts to sign in. For your safety, signing in is paused until " + TIME.format(until)
                            + " (UK time); then try again. An administrator can also reset your password.")
                    .orElse("The username or password is not right. Check them and try again.");
        }
        String html = Templates.login(message, signedOut != null ? "You have signed out." : null).render();
        return Response.status(error != null ? 401 : 200).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** Ends the session (a form with the CSRF token, so no other site can sign a user out). */
    @POST
    @Path("logout")
    @PermitAll
    public Response logout(RoutingContext rc) {
        // Expire the session cookie whether or not it was still valid.
        rc.response().addCookie(io.vertx.core.http.Cookie.cookie(cookieName, "").setMaxAge(0).setPath("/").setHttpOnly(true)
                .setSameSite(io.vertx.core.http.CookieSameSite.STRICT));
        return Response.seeOther(URI.create("/login?signedOut=true")).build();
    }
}
