package org.roundrobin.request;

import java.util.List;
import org.roundrobin.campaign.Campaign;

/** Reads sized to a page: one statement for a campaign's requests with their authorities. */
public final class RequestQueries {

    private RequestQueries() {
    }

    public static List<FoiRequest> forCampaign(Campaign c) {
        return FoiRequest.find("select r from FoiRequest r join fetch r.authority a where r.campaign = ?1 order by a.name", c).list();
    }
}
