package org.roundrobin.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.io.Checks;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.io.section.CampaignSection;

/**
 * The log of daily digests sent ({@code "digests"}). Restored so that a restored Round Robin neither sends a second
 * digest on a day one went already (the log is what allows one per campaign per day) nor forgets since when the next
 * digest must report newly overdue requests (it reports from the last digest's day).
 */
@ApplicationScoped
public class DigestSection implements DataSection<DigestSection.Item> {

    public static final String NAME = "digests";

    /** {@code error}: why the digest could not be handed to the mail server, if it could not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String campaign, LocalDate on, Instant sentAt, Integer items, String error) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 71;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        var q = Panache.getEntityManager().unwrap(Session.class).createNativeQuery("select c.slug, d.digest_on, d.sent_at, d.items, d.error"
                        + " from digest_log d join campaign c on c.id = d.campaign_id" + (scope.isAll() ? "" : " where c.slug = :campaign")
                        + " order by c.slug, d.digest_on", Object[].class)
                .addScalar("slug", StandardBasicTypes.STRING).addScalar("digest_on", StandardBasicTypes.LOCAL_DATE)
                .addScalar("sent_at", StandardBasicTypes.INSTANT).addScalar("items", StandardBasicTypes.INTEGER)
                .addScalar("error", StandardBasicTypes.STRING);
        if (!scope.isAll()) q.setParameter("campaign", scope.campaign());
        q.getResultList().forEach(r -> out.accept(new Item((String) r[0], (LocalDate) r[1], (Instant) r[2], (Integer) r[3], (String) r[4])));
    }

    @Override
    public boolean isEmpty() {
        return ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from digest_log").getSingleResult()).longValue() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item d = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (d == null) {
                k.fail(null, "is empty");
                continue;
            }
            k.required(d.sentAt(), "sentAt");
            if (k.required(d.items(), "items") && d.items() < 0) k.fail("items", "must be 0 or more");
            boolean on = k.required(d.on(), "on");
            if (!k.required(d.campaign(), "campaign")) continue;
            if (restore.declared(CampaignSection.Facts.class, d.campaign()).isEmpty()) {
                k.fail("campaign", "campaign '" + d.campaign() + "' is neither in the document nor in this database");
            } else if (on && !seen.add(d.campaign() + "|" + d.on())) {
                k.fail("on", "the digest of '" + d.campaign() + "' on " + d.on() + " appears twice in the document");
            }
        }
    }

    /** When merging, a day already logged here is left alone: a digest went that day. */
    @Override
    public Counts restore(List<Item> items, Restore restore) {
        var em = Panache.getEntityManager();
        em.flush(); // the campaigns first: the log refers to them
        int added = 0, unchanged = 0;
        for (Item d : items) {
            long campaignId = restore.entity(Campaign.class, d.campaign()).id;
            if (restore.merge && ((Number) em.createNativeQuery("select count(*) from digest_log where campaign_id = ?1 and digest_on = ?2")
                    .setParameter(1, campaignId).setParameter(2, d.on()).getSingleResult()).longValue() > 0) {
                unchanged++;
                continue;
            }
            em.unwrap(Session.class).createNativeMutationQuery("insert into digest_log (campaign_id, digest_on, sent_at, items, error)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, campaignId).setParameter(2, d.on()).setParameter(3, d.sentAt()).setParameter(4, d.items())
                    .setParameter(5, d.error(), StandardBasicTypes.STRING).executeUpdate();
            added++;
        }
        return Counts.of(added, 0, unchanged);
    }
}
