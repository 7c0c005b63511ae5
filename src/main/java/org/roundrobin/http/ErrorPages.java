package org.roundrobin.http;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HTML face of {@link ProblemMapper}: a page (anything outside {@code /api} and {@code /q}) that fails shows
 * a readable page with the same words, never problem JSON. Forms catch their own problems and re-render.
 */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Problem problem, String heading, String advice);
    }

    private ErrorPages() {
    }

    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api") && !path.startsWith("/q/") && !path.equals("/q");
    }

    static Response page(Problem p) {
        String heading = switch (p.status()) {
            case 404 -> "Page not found";
            case 409 -> "That cannot be done now";
            case 403 -> "You may not do that";
            case 400 -> "Something in the address or form is not right";
            case 413 -> "That is too large";
            case 500 -> "Sorry, something went wrong";
            default -> p.title();
        };
        String advice = switch (p.status()) {
            case 404 -> "Check the address, or start again from the list of campaigns.";
            case 409 -> "Reload the page to see how things stand now, then try again.";
            case 500 -> "Nothing was changed. Try again; if it keeps happening, the service's log has the details.";
            default -> "Go back, correct it and try again.";
        };
        String html = Templates.error(p, heading, advice).render();
        return Response.status(p.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
