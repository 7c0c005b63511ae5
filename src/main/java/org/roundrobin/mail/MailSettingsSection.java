package org.roundrobin.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.io.Checks;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.io.section.CampaignSection;

/**
 * Each campaign's mail choices ({@code "mailSettings"}), in the words of {@code /api/campaigns/{slug}/mail-settings}.
 * Only campaigns whose choices someone changed have them; the others use the defaults, after a restore as before.
 */
@ApplicationScoped
public class MailSettingsSection implements DataSection<MailSettingsSection.Item> {

    public static final String NAME = "mailSettings";

    /** {@code chasers}: {@code AUTO} (sent when due) or {@code APPROVE} (held for approval). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String campaign, String chasers, Boolean digest) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        var q = Panache.getEntityManager().createQuery("select c.slug, s.chasersAuto, s.digest from MailSettings s join Campaign c on c.id = s.campaignId"
                + (scope.isAll() ? "" : " where c.slug = :campaign") + " order by c.slug", Object[].class);
        if (!scope.isAll()) q.setParameter("campaign", scope.campaign());
        q.getResultList().forEach(r -> out.accept(new Item((String) r[0], (Boolean) r[1] ? "AUTO" : "APPROVE", (Boolean) r[2])));
    }

    @Override
    public boolean isEmpty() {
        return MailSettings.count() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item s = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (s == null) {
                k.fail(null, "is empty");
                continue;
            }
            if (k.required(s.chasers(), "chasers") && !"AUTO".equals(s.chasers()) && !"APPROVE".equals(s.chasers())) {
                k.fail("chasers", "must be AUTO (send when due) or APPROVE (hold for approval)");
            }
            k.required(s.digest(), "digest");
            if (!k.required(s.campaign(), "campaign")) continue;
            if (restore.declared(CampaignSection.Facts.class, s.campaign()).isEmpty()) {
                k.fail("campaign", "campaign '" + s.campaign() + "' is neither in the document nor in this database");
            } else if (!seen.add(s.campaign())) {
                k.fail("campaign", "the mail settings of '" + s.campaign() + "' appear twice in the document");
            }
        }
    }

    /** When merging, a campaign's settings become the document's. */
    @Override
    public Counts restore(List<Item> items, Restore restore) {
        int added = 0, updated = 0, unchanged = 0;
        for (Item i : items) {
            long campaignId = restore.entity(Campaign.class, i.campaign()).id;
            MailSettings s = restore.merge ? MailSettings.findById(campaignId) : null;
            boolean auto = "AUTO".equals(i.chasers());
            if (s != null && s.chasersAuto == auto && s.digest == i.digest()) {
                unchanged++;
                continue;
            }
            if (s == null) {
                s = new MailSettings();
                s.campaignId = campaignId;
                s.persist();
                added++;
            } else {
                updated++;
            }
            s.chasersAuto = auto;
            s.digest = i.digest();
        }
        return Counts.of(added, updated, unchanged);
    }
}
