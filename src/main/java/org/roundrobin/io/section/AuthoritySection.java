package org.roundrobin.io.section;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.roundrobin.authority.Authority;
import org.roundrobin.io.Checks;
import org.roundrobin.io.Cursor;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;

/** The directory: every authority (or, for one campaign, those it targets or has requests with). */
@ApplicationScoped
public class AuthoritySection implements DataSection<AuthoritySection.Item> {

    public static final String NAME = "authorities";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String slug, String name, String shortName, Jurisdiction jurisdiction, Law law, Regulator regulator,
                       String foiEmail, boolean emailConfirmed, String website, String whatDoTheyKnow, List<String> tags,
                       String notes, Instant createdAt, Instant updatedAt) {

        static Item of(Authority a) {
            return new Item(a.slug, a.name, a.shortName, a.jurisdiction, a.law, a.regulator, a.foiEmail, a.emailConfirmed,
                    a.website, a.wdtkUrlName, List.copyOf(new TreeSet<>(a.tags)), a.notes, a.createdAt, a.updatedAt);
        }

        /** The item without what a merge does not compare (timestamps), with law and regulator filled in. */
        Item content() {
            Law l = law != null ? law : jurisdiction.law();
            return new Item(slug, name, shortName, jurisdiction, l, regulator != null ? regulator : l.regulator(), foiEmail,
                    emailConfirmed, website, whatDoTheyKnow, tags == null ? List.of() : List.copyOf(new TreeSet<>(tags)), notes, null, null);
        }
    }

    /** What later sections need to know about an authority: the law its requests run under. */
    public record Facts(Law law) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    /**
     * Two statements whatever the size, read as cursors so that memory stays flat: the authorities' columns, and their
     * tags in the same order (loading 50,000 entities with their tags held ~50 MB per export).
     */
    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        String where = scope.isAll() ? "" : " " + """
                where a in (select r.authority from FoiRequest r where r.campaign.slug = :campaign)
                   or a in (select t from Campaign c join c.targetAuthorities t where c.slug = :campaign)""";
        Map<String, Object> params = scope.isAll() ? Map.of() : Map.of("campaign", scope.campaign());
        try (Cursor authorities = Cursor.open("select a.slug, a.name, a.shortName, a.jurisdiction, a.law, a.regulator, a.foiEmail,"
                + " a.emailConfirmed, a.website, a.wdtkUrlName, a.notes, a.createdAt, a.updatedAt from Authority a" + where
                + " order by a.slug", params);
             Cursor tags = Cursor.open("select a.slug, t from Authority a join a.tags t" + where + " order by a.slug", params)) {
            while (authorities.hasNext()) {
                Object[] a = authorities.next();
                TreeSet<String> mine = new TreeSet<>();
                tags.take(a[0]).forEach(t -> mine.add((String) t[1]));
                out.accept(new Item((String) a[0], (String) a[1], (String) a[2], (Jurisdiction) a[3], (Law) a[4], (Regulator) a[5],
                        (String) a[6], (Boolean) a[7], (String) a[8], (String) a[9], List.copyOf(mine), (String) a[10],
                        (Instant) a[11], (Instant) a[12]));
            }
        }
    }

    /**
     * Empty also when the directory holds nothing but the shipped list, unedited (version 0, created before the
     * seed was recorded): a fresh install loads it on first start, and a restore replaces it.
     */
    @Override
    public boolean isEmpty() {
        Number n = (Number) Panache.getEntityManager().createNativeQuery("""
                select count(*) from authority a where a.version > 0
                   or not exists (select 1 from seed_log s where s.applied_at >= a.created_at)""").getSingleResult();
        return n.longValue() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        if (restore.merge) {
            for (Object[] row : Panache.getEntityManager().createQuery("select a.slug, a.law from Authority a", Object[].class).getResultList()) {
                restore.declare(Facts.class, (String) row[0], new Facts((Law) row[1]));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item a = items.get(i);
            Checks c = Checks.of(restore, NAME, i);
            if (a == null) {
                c.fail(null, "is empty");
                continue;
            }
            boolean slug = c.slug(a.slug(), "slug");
            if (slug && !seen.add(a.slug())) c.fail("slug", "'" + a.slug() + "' appears twice in the document");
            if (c.required(a.name(), "name")) {
                c.max(a.name(), 300, "name");
                c.oneLine(a.name(), "name");
            }
            c.max(a.shortName(), 120, "shortName");
            c.max(a.foiEmail(), 320, "foiEmail");
            c.max(a.website(), 500, "website");
            c.max(a.whatDoTheyKnow(), 200, "whatDoTheyKnow");
            c.max(a.notes(), 4000, "notes");
            if (a.tags() != null) {
                for (String t : a.tags()) {
                    if (t == null || !t.matches("^[\\p{Ll}\\p{N}_:.\\-]{1,64}$")) c.fail("tags", "'" + t + "' is not a tag (lower-case, at most 64)");
                }
            }
            if (!c.required(a.jurisdiction(), "jurisdiction")) continue;
            Law law = a.jurisdiction().law();
            if (a.law() != null && a.law() != law) c.fail("law", a.law() + " does not apply in " + a.jurisdiction().label() + " (" + law + " does)");
            if (a.regulator() != null && a.regulator() != law.regulator()) c.fail("regulator", a.regulator() + " does not regulate " + law);
            if (slug) restore.declare(Facts.class, a.slug(), new Facts(law));
        }
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        var em = Panache.getEntityManager();
        Map<String, Authority> existing = new HashMap<>();
        if (restore.merge) {
            em.createQuery("select distinct a from Authority a left join fetch a.tags", Authority.class).getResultList()
                    .forEach(a -> existing.put(a.slug, a));
            existing.forEach((slug, a) -> restore.remember(Authority.class, slug, a));
        } else {
            // Only the untouched shipped directory can be here (see isEmpty): the backup's directory replaces it.
            em.createQuery("delete from Authority").executeUpdate();
        }
        int added = 0, updated = 0, unchanged = 0;
        List<Authority> fresh = new ArrayList<>();
        for (Item item : items) {
            Item want = item.content();
            Authority a = existing.get(item.slug());
            if (a == null) {
                a = new Authority();
                apply(want, a);
                a.createdAt = item.createdAt();
                a.updatedAt = item.updatedAt();
                fresh.add(a);
                added++;
            } else if (Item.of(a).content().equals(want)) {
                unchanged++;
            } else {
                apply(want, a);
                updated++;
            }
            restore.remember(Authority.class, item.slug(), a);
        }
        Authority.persist(fresh);
        return Counts.of(added, updated, unchanged);
    }

    private static void apply(Item i, Authority a) {
        a.slug = i.slug();
        a.name = i.name();
        a.shortName = i.shortName();
        a.jurisdiction = i.jurisdiction();
        a.law = i.law();
        a.regulator = i.regulator();
        a.foiEmail = i.foiEmail();
        a.emailConfirmed = i.emailConfirmed();
        a.website = i.website();
        a.wdtkUrlName = i.whatDoTheyKnow();
        a.tags.clear();
        a.tags.addAll(i.tags());
        a.notes = i.notes();
    }
}
