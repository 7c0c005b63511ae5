package org.roundrobin.io.section;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;

/**
 * The log of one-off loads (the shipped directory, the demo). Restored with the data so that a restored database
 * does not load the shipped directory again and bring back bodies a person had deleted.
 */
@ApplicationScoped
public class SeedSection implements DataSection<SeedSection.Item> {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String name, Instant appliedAt) {
    }

    @Override
    public String name() {
        return "seeds";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        if (!scope.isAll()) return; // a campaign's export says nothing about this installation
        List<Object[]> rows = Panache.getEntityManager().unwrap(Session.class)
                .createNativeQuery("select name, applied_at from seed_log order by name", Object[].class)
                .addScalar("name", StandardBasicTypes.STRING).addScalar("applied_at", StandardBasicTypes.INSTANT).getResultList();
        rows.forEach(r -> out.accept(new Item((String) r[0], (Instant) r[1])));
    }

    /** Bookkeeping, not data: never what makes a database "not empty". */
    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item s = items.get(i);
            if (s == null || s.name() == null || s.name().isBlank() || s.name().length() > 100 || s.appliedAt() == null) {
                restore.error("seeds", i, null, "needs a name (at most 100 characters) and appliedAt");
            } else if (!seen.add(s.name())) {
                restore.error("seeds", i, "name", "'" + s.name() + "' appears twice");
            }
        }
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        var em = Panache.getEntityManager();
        if (!restore.merge) em.createNativeQuery("delete from seed_log").executeUpdate();
        Set<String> present = new HashSet<>();
        if (restore.merge) {
            em.createNativeQuery("select name from seed_log", String.class).getResultList().forEach(n -> present.add((String) n));
        }
        int added = 0;
        for (Item s : items) {
            if (present.contains(s.name())) continue;
            em.createNativeQuery("insert into seed_log (name, applied_at) values (:name, :at)")
                    .setParameter("name", s.name()).setParameter("at", s.appliedAt()).executeUpdate();
            added++;
        }
        return Counts.of(added, 0, items.size() - added);
    }
}
