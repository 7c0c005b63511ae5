package org.roundrobin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Api;
import org.roundrobin.support.Fixtures;

/** The first administrator: a generated password is logged exactly once, works, and is stored only as a hash. */
@QuarkusTest
class AdminSeedTest {

    @Inject
    AdminSeed seed;

    @Test
    void aGeneratedAdminPasswordIsLoggedOnceAndWorks() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage() == null ? "" : String.format(r.getMessage().replace("%n", "\n"),
                        r.getParameters() == null ? new Object[0] : r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(AdminSeed.class.getName());
        log.addHandler(capture);
        String name = "root-" + Fixtures.suffix();
        try {
            assertTrue(QuarkusTransaction.requiringNew().call(() -> seed.ensure(name, Optional.empty())));
            assertFalse(QuarkusTransaction.requiringNew().call(() -> seed.ensure(name, Optional.empty())), "a second start creates nothing");
        } finally {
            log.removeHandler(capture);
        }
        List<String> withPassword = logged.stream().filter(m -> m.contains("generated password")).toList();
        assertEquals(1, withPassword.size(), logged.toString());
        Matcher m = Pattern.compile("generated password: (\\S+)").matcher(withPassword.get(0));
        assertTrue(m.find());
        String password = m.group(1);
        assertTrue(password.length() >= 20);
        Api.anonymous().auth().preemptive().basic(name, password).get("/api/me").then().statusCode(200)
                .body("user.admin", org.hamcrest.Matchers.is(true));
        String hash = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(name).orElseThrow().passwordHash);
        assertFalse(hash.contains(password));
    }
}
