package org.roundrobin.campaign;

/** Fired (synchronously, inside the creating transaction) when a campaign is created: security makes its owner. */
public record CampaignCreated(Campaign campaign) {
}
