package org.roundrobin.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prints every endpoint with its rule (run it alone to review the rules: mvn test -Dtest=RouteListing). Not a check. */
@QuarkusTest
class RouteListing {

    @Test
    void print() {
        StringBuilder sb = new StringBuilder("\n");
        for (EndpointRules.Route r : EndpointRules.routes()) sb.append(String.format("%-7s %-62s %s%n", r.method(), r.path(), r.rule()));
        System.out.println(sb);
    }
}
