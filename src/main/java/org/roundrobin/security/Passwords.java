package org.roundrobin.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.Optional;

/**
 * Password hashing (bcrypt; cost from {@code roundrobin.security.bcrypt-cost}, 12 by default, 4 in tests so that
 * thousands of Basic-authenticated test calls stay fast) and the one rule a new password must meet.
 */
public final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final int COST = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("roundrobin.security.bcrypt-cost", Integer.class).orElse(12);

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            BcryptUtil.matches(password == null ? "" : password, Dummy.HASH);
            return false;
        }
        return BcryptUtil.matches(password, hash);
    }

    /** Compared against when the user does not exist, so an unknown name costs as long as a wrong password. Made on the first sign-in with an unknown name, not at start-up: a bcrypt hash costs a second on a cold JVM. */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("not-a-password-" + Secrets.token(""), COST);
    }

    /** Why this password is refused, if it is. */
    public static Optional<String> weakness(String password) {
        if (password == null || password.isBlank()) return Optional.of("is required");
        if (password.length() < MIN_LENGTH) return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        if (password.length() > MAX_LENGTH) return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        return Optional.empty();
    }
}
