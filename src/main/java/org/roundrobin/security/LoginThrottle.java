package org.roundrobin.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one user within the window (or
 * {@code max-failures-per-address} from one address), every attempt is refused, even with the right password, for a
 * lockout that doubles with each further lockout (1 min, 2, 4 ... up to {@code max-lockout}). A successful sign-in
 * clears the user's record. In memory: a restart forgets it, which only ever helps the legitimate user.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    @ConfigMapping(prefix = "roundrobin.login")
    public interface Config {
        @WithDefault("5")
        int maxFailures();

        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("15m")
        Duration window();

        @WithDefault("1m")
        Duration lockout();

        @WithDefault("1h")
        Duration maxLockout();
    }

    private static final class Record {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
        int lockouts;
    }

    @Inject
    Config config;

    private final Map<String, Record> records = new ConcurrentHashMap<>();
    /** Addresses whose last attempt was refused by a lockout: the sign-in page then says so. */
    private final Map<String, Instant> refusedAddresses = new ConcurrentHashMap<>();

    /** How long sign-ins for this user or from this address are still refused, if they are. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = Instant.now();
        Instant until = later(lockedUntil(userKey(username), now), lockedUntil(addressKey(address), now));
        if (until == null) return Optional.empty();
        if (address != null) refusedAddresses.put(address, until);
        LOG.warnf("Sign-in refused for user '%s' from %s: locked for %d more seconds after repeated failures",
                clean(username), clean(address), Duration.between(now, until).toSeconds());
        return Optional.of(Duration.between(now, until));
    }

    /** Until when the last attempt from this address was refused by a lockout (for the sign-in page's message). */
    public Optional<Instant> refusedUntil(String address) {
        if (address == null) return Optional.empty();
        Instant until = refusedAddresses.get(address);
        if (until == null || until.isBefore(Instant.now())) return Optional.empty();
        return Optional.of(until);
    }

    public void failed(String username, String address) {
        Instant now = Instant.now();
        int forUser = count(userKey(username), now, config.maxFailures());
        count(addressKey(address), now, config.maxFailuresPerAddress());
        LOG.infof("Sign-in failed for user '%s' from %s (%d failures within %s)", clean(username), clean(address), forUser,
                config.window());
    }

    public void succeeded(String username, String address) {
        records.remove(userKey(username));
        if (address != null) refusedAddresses.remove(address);
    }

    /** Forgets everything (tests, and an admin who wants to let someone back in at once). */
    public void clear() {
        records.clear();
        refusedAddresses.clear();
    }

    private int count(String key, Instant now, int max) {
        if (key == null) return 0;
        Record r = records.computeIfAbsent(key, k -> new Record());
        synchronized (r) {
            r.failures.addLast(now);
            while (!r.failures.isEmpty() && r.failures.peekFirst().isBefore(now.minus(config.window()))) r.failures.removeFirst();
            if (r.failures.size() >= max) {
                long factor = 1L << Math.min(r.lockouts, 20);
                Duration lock = config.lockout().multipliedBy(factor);
                if (lock.compareTo(config.maxLockout()) > 0) lock = config.maxLockout();
                r.lockedUntil = now.plus(lock);
                r.lockouts++;
                r.failures.clear();
                LOG.warnf("Sign-in locked for %s for %d seconds after %d failures within %s", clean(key), lock.toSeconds(), max,
                        config.window());
            }
            return r.failures.size();
        }
    }

    private Instant lockedUntil(String key, Instant now) {
        if (key == null) return null;
        Record r = records.get(key);
        if (r == null) return null;
        synchronized (r) {
            return r.lockedUntil != null && r.lockedUntil.isAfter(now) ? r.lockedUntil : null;
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : "user " + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address " + address;
    }

    /** A name as typed may contain anything: keep the log one line and short. */
    static String clean(String s) {
        if (s == null) return "(none)";
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 64 ? t.substring(0, 64) + "…" : t;
    }
}
