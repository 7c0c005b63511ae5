package org.roundrobin.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectorySeedTest {

    @Inject
    DirectorySeed seed;

    @Test
    void restartingNeverDuplicatesNorOverwritesEdits() {
        long before = QuarkusTransaction.requiringNew().call(() -> Authority.count());
        QuarkusTransaction.requiringNew().run(() -> Authority.findBySlug("dorset").orElseThrow().notes = "edited by a person");
        seed.onStart(null); // a restart: the seed is recorded as applied
        // even if the record of the seed were lost, existing slugs are never touched
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("delete from seed_log where name = '" + DirectorySeed.POLICE + "'").executeUpdate());
        seed.onStart(null);
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Authority.count()));
        assertEquals("edited by a person", QuarkusTransaction.requiringNew().call(() -> Authority.findBySlug("dorset").orElseThrow().notes));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Authority.count("slug", "dorset")));
    }
}
