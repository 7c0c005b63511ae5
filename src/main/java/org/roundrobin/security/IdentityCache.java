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
 * and a database read each time, and a page does not re-read the account on every request. Keys are HMACs under a
 * per-process random key, so memory never holds anything that could be tried against a password offline. Any change
 * to an account, a token or a membership clears it all at once.
 */
@ApplicationScoped
public class IdentityCache {

    private record Entry(SecurityIdentity identity, long until) {
    }

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

    private String key(String kind, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                mac.update((byte) 0);
                mac.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
