package org.roundrobin.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * POST-redirect-GET back to the page a form was on. The page is named by the form ({@code back}), so it is checked:
 * only a path on this site is followed, never another host.
 */
public final class Redirects {

    private static final Pattern LOCAL = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9/_.,~%=&?:+\\-]*$");

    private Redirects() {
    }

    /** {@code back} if it is a path on this site, else {@code fallback}. */
    public static String local(String back, String fallback) {
        return back != null && LOCAL.matcher(back).matches() ? back : fallback;
    }

    /** 303 to {@code path} with {@code query} added (e.g. {@code mail=requeued}) before any #fragment. */
    public static Response seeOther(String path, String query, String fragment) {
        String p = path;
        int hash = p.indexOf('#');
        if (hash >= 0) p = p.substring(0, hash);
        if (query != null && !query.isEmpty()) p = withQuery(p, query);
        return Response.seeOther(URI.create(p + (fragment == null ? "" : "#" + fragment))).build();
    }

    /** Adds parameters to a path, replacing earlier notices ({@code mail=}, counts) a previous action left there. */
    static String withQuery(String path, String query) {
        int q = path.indexOf('?');
        String base = q < 0 ? path : path.substring(0, q);
        StringBuilder kept = new StringBuilder();
        if (q >= 0) {
            for (String part : path.substring(q + 1).split("&")) {
                String key = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
                if (part.isEmpty() || Notices.KEYS.contains(key)) continue;
                kept.append(kept.isEmpty() ? "" : "&").append(part);
            }
        }
        return base + "?" + (kept.isEmpty() ? "" : kept + "&") + query;
    }
}
