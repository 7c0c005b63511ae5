package org.roundrobin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.roundrobin.campaign.CampaignCreated;

/** The creator of a campaign becomes its owner; one created by the system (the demo, a start-up load) is admin's. */
@ApplicationScoped
public class Ownership {

    @Inject
    Access access;

    void onCreated(@Observes CampaignCreated created) {
        Long userId = access.userId();
        UserAccount owner = userId != null ? UserAccount.findById(userId) : UserAccount.findByUsername(AdminSeed.ADMIN).orElse(null);
        if (owner != null) CampaignMember.add(created.campaign(), owner, Role.OWNER);
    }
}
