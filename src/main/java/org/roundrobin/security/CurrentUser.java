package org.roundrobin.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Who is acting now, for the audit trail of every event and letter. */
@ApplicationScoped
public class CurrentUser {

    @Inject
    Instance<SecurityIdentity> identity;

    /** The signed-in user's name; null when nobody is (a scheduled job, start-up, or an anonymous call). */
    public String name() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) return null;
        SecurityIdentity id = identity.get();
        return id == null || id.isAnonymous() ? null : id.getPrincipal().getName();
    }
}
