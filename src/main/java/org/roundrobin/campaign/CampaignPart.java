package org.roundrobin.campaign;

/**
 * An entity whose change alters what a campaign's pages show: its requests (and their answers and sections), their
 * events, letters and regulator cases, and its mail settings. {@link Revisions} raises the campaign's revision
 * whenever one is written, which is what lets {@link CampaignCache} keep the campaign's aggregates until then.
 */
public interface CampaignPart {

    /** The campaign this belongs to (null while it has none). */
    Long campaignId();
}
