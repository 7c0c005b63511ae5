package org.roundrobin.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers a successful authentication for a short while ({@code roundrobin.security.identity-cache}, 60 s), so an
 * API client sending Basic credentials on every call does not pay a bcrypt check (a quarter of a second by design)
 * and a database read each time, and a page does not re-read the account on every request. Keys made from a
 * password or a token are HMACs under a per-process random key, so memory never holds anything that could be tried
 * against a password offline (a session's key is its user name). Any change to an account, a token or a membership
 * clears it all at once.
 */
@ApplicationScoped
public class IdentityCache {

    private record Entry(SecurityIdentity identity, long until) {
    }

    /** The kind for a signed-in session, whose key is the user name. */
    static final String SESSION = "session";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    @ConfigProperty(name = "roundrobin.security.identity-cache", defaultValue = "60s")
    Duration ttl;

    IdentityCache() {
        new SecureRandom().nextBytes(key);
    }

    SecurityIdentity get(String kind, String... parts) {
        Entry e = entries.get(key(kind, parts));
        if (e == null) return null;
        if (e.until() < System.currentTimeMillis()) {
            entries.remove(key(kind, parts));
            return null;
        }
        return e.identity();
    }

    void put(String kind, SecurityIdentity identity, String... parts) {
        if (ttl.isZero() || ttl.isNegative()) return;
        if (entries.size() > 10_000) entries.clear(); // bounded: a flood of distinct credentials only empties it
        entries.put(key(kind, parts), new Entry(identity, System.currentTimeMillis() + ttl.toMillis()));
    }

    public void clear() {
        entries.clear();
    }

    /** One keyed Mac per thread: looking the algorithm up and keying it on every request cost more than the HMAC. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private String key(String kind, String... parts) {
        // A session is known by its user name, which is no secret: no HMAC on every page view
        if (SESSION.equals(kind) && parts.length == 1) return SESSION + '\0' + parts[0];
        Mac mac = macs.get(); // doFinal leaves it reset for the next use
        mac.update(kind.getBytes(StandardCharsets.UTF_8));
        for (String p : parts) {
            mac.update((byte) 0);
            mac.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }
}
