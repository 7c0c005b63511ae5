package org.roundrobin.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;

/** What the HTTP request being served is, for code that is not a resource. */
public final class Requests {

    private Requests() {
    }

    /**
     * The current HTTP request is a GET or HEAD: safe methods, on which the resources change nothing, so whatever this
     * transaction reads is as committed (kept figures may be used and kept). False outside a request (jobs).
     */
    public static boolean readOnly() {
        if (!Arc.container().requestContext().isActive()) return false; // a job's own thread
        var current = Arc.container().instance(CurrentVertxRequest.class);
        var rc = current.isAvailable() ? current.get().getCurrent() : null;
        if (rc == null) return false;
        HttpMethod method = rc.request().method();
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
