package org.roundrobin.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.roundrobin.security.AdminSeed;
import org.roundrobin.security.IdentityCache;

/** Empties the {@link FreshDatabaseProfile} database: drop everything, migrate again. Never used on the shared one. */
public final class FreshDatabase {

    private static final AtomicLong RECREATED = new AtomicLong();

    private FreshDatabase() {
    }

    public static void recreate() {
        Flyway flyway = Arc.container().instance(Flyway.class).get();
        flyway.clean();
        flyway.migrate();
        // Hibernate still holds blocks of ids from the old sequences: start the new ones far beyond them, a fresh
        // million each time (restarting at the same value twice would hand out the same ids again).
        long start = 1_000_000L * RECREATED.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            @SuppressWarnings("unchecked")
            List<String> names = em.createNativeQuery("select sequence_name from information_schema.sequences where lower(sequence_schema) = lower(current_schema)").getResultList();
            for (String name : names) {
                if (name.toLowerCase().endsWith("_seq")) em.createNativeQuery("alter sequence " + name + " restart with " + start).executeUpdate();
            }
        });
        // The accounts went with everything else: the administrator comes back as on a first start, and sessions and
        // remembered sign-ins of the old account are forgotten.
        Arc.container().instance(AdminSeed.class).get().ensureAdmin();
        Arc.container().instance(IdentityCache.class).get().clear();
        org.roundrobin.campaign.CampaignCache.clear();
        org.roundrobin.authority.Authority.forgetTags();
        Api.forgetSessions();
    }
}
