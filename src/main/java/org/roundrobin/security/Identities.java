package org.roundrobin.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

/** The identity a signed-in user carries: roles "user" (everyone) and "admin", and the account id. */
final class Identities {

    static final String USER_ID = "roundrobin.user-id";
    static final String DISPLAY_NAME = "roundrobin.display-name";
    /** Set on the routing context when a lockout refused the attempt: the API then answers 429. */
    static final String THROTTLED = "roundrobin.login-throttled";

    private Identities() {
    }

    static SecurityIdentity of(UserAccount u) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(u.username))
                .addRole("user")
                .addAttribute(USER_ID, u.id)
                .addAttribute(DISPLAY_NAME, u.displayName);
        if (u.admin) b.addRole("admin");
        return b.build();
    }
}
