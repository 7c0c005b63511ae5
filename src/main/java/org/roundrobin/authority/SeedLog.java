package org.roundrobin.authority;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;

/** Remembers named one-off loads (shipped directory, demo campaign) so a restart never repeats one. */
public final class SeedLog {

    private SeedLog() {
    }

    public static boolean isApplied(String name) {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from seed_log where name = :name")
                .setParameter("name", name).getSingleResult()).longValue() > 0;
    }

    public static void markApplied(String name) {
        Panache.getEntityManager()
                .createNativeQuery("insert into seed_log (name, applied_at) values (:name, :at)")
                .setParameter("name", name).setParameter("at", Instant.now())
                .executeUpdate();
    }
}
