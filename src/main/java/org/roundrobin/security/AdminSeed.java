package org.roundrobin.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first start creates the administrator {@code admin}: with the password from {@code roundrobin.admin.password}
 * (env ROUNDROBIN_ADMIN_PASSWORD) or, when that is not set, a generated one printed once in the log. There is no
 * default password. Later starts change nothing (rotate the password from the account page or the API).
 */
@ApplicationScoped
public class AdminSeed {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminSeed.class);

    @ConfigProperty(name = "roundrobin.admin.password")
    Optional<String> password;

    // Before the directory (10) and the demo campaign (20), which is owned by admin.
    void onStart(@Observes @Priority(5) StartupEvent start) {
        ensureAdmin();
    }

    /** Creates the administrator from the setting unless the account exists (also for a database emptied in tests). */
    public void ensureAdmin() {
        QuarkusTransaction.requiringNew().run(() -> ensure(ADMIN, password));
    }

    /** Creates the admin account {@code username} if no account has that name; true when it was created. */
    boolean ensure(String username, Optional<String> configured) {
        if (UserAccount.findByUsername(username).isPresent()) return false;
        String pw = configured.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = pw == null;
        if (generated) {
            pw = Secrets.password();
        } else {
            Passwords.weakness(pw).ifPresent(why -> {
                throw new IllegalStateException("roundrobin.admin.password " + why);
            });
        }
        UserAccount u = new UserAccount();
        u.username = username;
        u.displayName = "Administrator";
        u.passwordHash = Passwords.hash(pw);
        u.admin = true;
        u.createdAt = Instant.now();
        u.persist();
        if (generated) {
            LOG.warnf("Created the administrator '%s' with the generated password: %s%n"
                    + "It is shown only this once. Sign in and change it (or set roundrobin.admin.password before the first start).",
                    username, pw);
        } else {
            LOG.infof("Created the administrator '%s' with the password from roundrobin.admin.password", username);
        }
        return true;
    }
}
