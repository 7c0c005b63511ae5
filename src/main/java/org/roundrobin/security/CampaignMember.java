package org.roundrobin.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roundrobin.campaign.Campaign;

/** Who may do what in a campaign. */
@Entity
public class CampaignMember extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    @Enumerated(EnumType.STRING)
    public Role role;
    public Instant addedAt;

    public static Optional<CampaignMember> of(Campaign c, long userId) {
        return find("campaign = ?1 and user.id = ?2", c, userId).firstResultOptional();
    }

    public static List<CampaignMember> forCampaign(Campaign c) {
        return list("select m from CampaignMember m join fetch m.user u where m.campaign = ?1 order by m.role desc, lower(u.username)", c);
    }

    public static List<UserAccount> owners(Campaign c) {
        return getEntityManager().createQuery("select m.user from CampaignMember m where m.campaign = :c and m.role = :r", UserAccount.class)
                .setParameter("c", c).setParameter("r", Role.OWNER).getResultList();
    }

    public static CampaignMember add(Campaign c, UserAccount u, Role role) {
        CampaignMember m = of(c, u.id).orElseGet(CampaignMember::new);
        m.campaign = c;
        m.user = u;
        m.role = role;
        if (m.addedAt == null) m.addedAt = Instant.now();
        m.persist();
        return m;
    }
}
