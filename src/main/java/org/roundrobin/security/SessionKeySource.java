package org.roundrobin.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts the session cookie, when none is configured: a random one kept in {@code data/session.key}
 * (created on first use, readable by the owner only), so sessions survive a restart without a secret in any
 * committed file, and Quarkus never falls back to its logged temporary key. Any configured
 * {@code quarkus.http.auth.session.encryption-key} (env QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) wins: this source
 * has the lowest ordinal.
 */
public class SessionKeySource implements ConfigSource {

    static final String NAME = "quarkus.http.auth.session.encryption-key";
    private volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!NAME.equals(propertyName)) return null;
        if (key == null) key = load(Path.of(System.getProperty("roundrobin.session-key-file", "data/session.key")));
        return key;
    }

    static synchronized String load(Path file) {
        try {
            if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).strip();
            Files.createDirectories(file.toAbsolutePath().getParent());
            String k = Secrets.token("");
            Files.writeString(file, k, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system (Windows): the directory's own protection applies
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key file " + file, e);
        }
    }

    @Override
    public int getOrdinal() {
        return 1;
    }

    @Override
    public String getName() {
        return "roundrobin-session-key";
    }
}
