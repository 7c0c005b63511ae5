package org.roundrobin.request;

import java.util.List;
import java.util.Map;
import org.roundrobin.campaign.Campaign;

/** Reads of a campaign's requests with their authorities, in one statement: all of them, or a batch of them. */
public final class RequestQueries {

    private RequestQueries() {
    }

    public static List<FoiRequest> forCampaign(Campaign c) {
        return FoiRequest.find("select r from FoiRequest r join fetch r.authority a where r.campaign = ?1 order by a.name", c).list();
    }

    /** The ids of a campaign's requests, by authority name then id. */
    public static List<Long> idsByName(long campaignId) {
        return FoiRequest.getEntityManager().createQuery("select r.id from FoiRequest r join r.authority a where r.campaign.id = :c"
                + " order by a.name, r.id", Long.class).setParameter("c", campaignId).getResultList();
    }

    /** These requests with their authorities, in the order of the ids given. */
    public static List<FoiRequest> withAuthorities(List<Long> ids) {
        Map<Long, FoiRequest> byId = FoiRequest.getEntityManager().createQuery("select r from FoiRequest r join fetch r.authority where r.id in :ids",
                        FoiRequest.class).setParameter("ids", ids).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().collect(java.util.stream.Collectors.toMap(r -> r.id, r -> r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
