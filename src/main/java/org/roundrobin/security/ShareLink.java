package org.roundrobin.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roundrobin.campaign.Campaign;

/** A public, read-only link to a campaign's dashboard and report. Only the token's SHA-256 is stored. */
@Entity
public class ShareLink extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    public String tokenHash;
    public String label;
    public String createdBy;
    public Instant createdAt;
    public Instant revokedAt;

    public static Optional<ShareLink> findActive(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        return find("select s from ShareLink s join fetch s.campaign where s.tokenHash = ?1 and s.revokedAt is null",
                Secrets.sha256(token)).firstResultOptional();
    }

    public static List<ShareLink> forCampaign(Campaign c) {
        return list("campaign = ?1 order by createdAt desc, id desc", c);
    }
}
