package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roundrobin.authority.Authority;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.GreenMailResource;

/**
 * A benchmark, not a test (no time is asserted, and the name keeps it out of the normal run):
 * {@code mvn -o test -Dtest=LaunchScaleBench -Dbench=true [-Dbench.targets=50000]} prints how long launching
 * a campaign by email to that many authorities takes (requests created and letters queued, one transaction).
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LaunchScaleBench {

    @Inject
    LaunchByEmail launch;

    @Test
    void launchByEmail() {
        int n = Integer.getInteger("bench.targets", 50_000);
        String tag = "bench" + Fixtures.suffix();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                Authority a = new Authority();
                a.slug = tag + "-" + i;
                a.name = "Bench authority " + i;
                a.jurisdiction = Jurisdiction.ENGLAND_WALES;
                a.law = a.jurisdiction.law();
                a.regulator = a.law.regulator();
                a.foiEmail = "foi" + i + "@" + tag + ".example.org";
                a.tags.add(tag);
                a.persist();
                if (i % 1000 == 999) {
                    Panache.getEntityManager().flush();
                    Panache.getEntityManager().clear();
                }
            }
        });
        String slug = Fixtures.campaign(Map.of("tag", tag), 6);
        long start = System.nanoTime();
        LaunchByEmail.Result r = launch.launch(slug, null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%nBENCH launch by email: %d targets, %d letters queued in %d ms%n%n", r.requests(), r.queued(), ms);
    }
}
