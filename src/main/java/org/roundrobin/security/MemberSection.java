package org.roundrobin.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.io.Checks;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.io.section.CampaignSection;

/**
 * Who has which role in which campaign ({@code "members"}), in the full export only (a campaign's own export is
 * readable by its viewers and names no one). Share links and API tokens are secrets, not data: they are not
 * exported, and owners make new ones after a restore.
 */
@ApplicationScoped
public class MemberSection implements DataSection<MemberSection.Item> {

    public static final String NAME = "members";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String campaign, String username, Role role, Instant addedAt) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 25; // after campaigns (20)
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        if (!scope.isAll()) return;
        Panache.getEntityManager().createQuery("select c.slug, u.username, m.role, m.addedAt from CampaignMember m join m.campaign c"
                        + " join m.user u order by c.slug, lower(u.username)", Object[].class)
                .getResultStream().forEach(r -> out.accept(new Item((String) r[0], (String) r[1], (Role) r[2], (Instant) r[3])));
    }

    @Override
    public boolean isEmpty() {
        return CampaignMember.count() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item m = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (m == null) {
                k.fail(null, "is empty");
                continue;
            }
            k.required(m.role(), "role");
            boolean campaign = k.required(m.campaign(), "campaign");
            boolean user = k.required(m.username(), "username");
            if (campaign && restore.declared(CampaignSection.Facts.class, m.campaign()).isEmpty()) {
                k.fail("campaign", "campaign '" + m.campaign() + "' is neither in the document nor in this database");
            }
            if (user && restore.declared(UserSection.Facts.class, UserSection.key(m.username())).isEmpty()) {
                k.fail("username", "user '" + m.username() + "' is neither in the document nor in this database");
            }
            if (campaign && user && !seen.add(m.campaign() + "\n" + UserSection.key(m.username()))) {
                k.fail("username", "'" + m.username() + "' is a member of '" + m.campaign() + "' twice in the document");
            }
        }
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        int added = 0, updated = 0, unchanged = 0;
        for (Item i : items) {
            Campaign c = restore.findEntity(Campaign.class, i.campaign()).orElseGet(() -> Campaign.findBySlug(i.campaign()).orElseThrow());
            UserAccount u = UserAccount.findByUsername(i.username()).orElseThrow();
            CampaignMember m = CampaignMember.of(c, u.id).orElse(null);
            if (m != null && m.role == i.role() && java.util.Objects.equals(m.addedAt, i.addedAt())) {
                unchanged++;
                continue;
            }
            if (m == null) {
                m = new CampaignMember();
                m.campaign = c;
                m.user = u;
                added++;
            } else {
                updated++;
            }
            m.role = i.role();
            m.addedAt = i.addedAt() != null ? i.addedAt() : Instant.now();
            m.persist();
        }
        return Counts.of(added, updated, unchanged);
    }
}
