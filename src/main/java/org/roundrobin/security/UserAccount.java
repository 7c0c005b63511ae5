package org.roundrobin.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person who signs in. The password is only ever kept as a bcrypt hash (see {@link Passwords}). */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntity {

    public String username;
    public String displayName;
    public String email;
    public String passwordHash;
    public boolean admin;
    public boolean active = true;
    /** The daily digest goes to each campaign's owners unless they opted out. */
    public boolean digestOptOut;
    public Instant createdAt;
    public Instant lastLoginAt;
    @Version
    public int version;

    public static Optional<UserAccount> findByUsername(String username) {
        if (username == null) return Optional.empty();
        return find("lower(username) = ?1", username.strip().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    public static List<UserAccount> all() {
        return list("order by lower(username)");
    }
}
