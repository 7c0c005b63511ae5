package org.roundrobin.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A personal API token: only its SHA-256 is stored; the token itself is shown once, when it is made. */
@Entity
public class ApiToken extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    public String name;
    public String tokenHash;
    /** The first characters of the token, so a person can tell their tokens apart. */
    public String prefix;
    public Instant createdAt;
    public Instant lastUsedAt;
    public Instant revokedAt;

    public static Optional<ApiToken> findActive(String token) {
        return find("select t from ApiToken t join fetch t.user where t.tokenHash = ?1 and t.revokedAt is null", Secrets.sha256(token))
                .firstResultOptional();
    }

    public static List<ApiToken> forUser(UserAccount u) {
        return list("user = ?1 order by createdAt desc, id desc", u);
    }
}
