package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A campaign's mail choices; absent means the defaults (chasers wait for approval, digest on). */
@Entity
@Table(name = "campaign_mail_settings")
public class MailSettings extends PanacheEntityBase implements org.roundrobin.campaign.CampaignPart {

    @Id
    public Long campaignId;
    /** Send chasers as soon as they are due (true) or hold them for the campaigner's approval (false, the default). */
    public boolean chasersAuto;
    /** Email the campaign's owner a daily digest. */
    public boolean digest = true;
    @Version
    public int version;

    @Override
    public Long campaignId() {
        return campaignId;
    }

    public static MailSettings of(long campaignId) {
        MailSettings s = findById(campaignId);
        if (s != null) return s;
        s = new MailSettings();
        s.campaignId = campaignId;
        return s;
    }
}
