package org.roundrobin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The endpoints anyone may use are exactly the walk's short allow-list: a new {@code @PermitAll} endpoint fails here
 * until it is added there on purpose. On failure the message lists every endpoint with its rule, for review.
 */
@QuarkusTest
class PublicRoutesTest {

    @Test
    void theOnlyPublicEndpointsAreTheAllowList() {
        Set<String> open = new TreeSet<>();
        StringBuilder all = new StringBuilder("\n");
        for (EndpointRules.Route r : EndpointRules.routes()) {
            all.append(String.format("%-7s %-62s %s%n", r.method(), r.path(), r.rule()));
            if ("public".equals(r.rule())) open.add(r.method() + " " + r.path());
        }
        assertEquals(new TreeSet<>(EndpointWalkTest.PUBLIC), open, all.toString());
    }
}
