package org.roundrobin.authority;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;

/**
 * On first start, loads the shipped directory of UK police forces. It runs once per database (recorded in
 * seed_log), adds only bodies whose slug is absent, and so never duplicates a body nor overwrites an edit,
 * and never brings back a body a person deleted.
 */
@ApplicationScoped
public class DirectorySeed {

    static final String POLICE = "uk-police-forces-v1";
    static final String POLICE_CSV = "org/roundrobin/authority/uk-police-forces.csv";
    private static final Logger LOG = Logger.getLogger(DirectorySeed.class);

    @ConfigProperty(name = "roundrobin.directory.seed", defaultValue = "true")
    boolean enabled;

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent start) {
        if (!enabled || SeedLog.isApplied(POLICE)) {
            return;
        }
        int added = 0;
        for (AuthorityCsv.Row row : AuthorityCsv.parse(shippedCsv(), null).rows()) {
            List<FieldError> errors = new ArrayList<>();
            AuthorityRules.Checked c = AuthorityRules.check(row.input(), row.row(), errors);
            if (c == null) {
                throw ProblemException.invalid(errors); // the shipped file is ours: a bad row is a build bug
            }
            if (Authority.findBySlug(c.slug()).isEmpty()) {
                Authority a = new Authority();
                AuthorityRules.apply(c, a);
                a.persist();
                added++;
            }
        }
        SeedLog.markApplied(POLICE);
        LOG.infof("Loaded the UK police directory: %d authorities added", added);
    }

    static byte[] shippedCsv() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(POLICE_CSV)) {
            if (in == null) throw new IllegalStateException(POLICE_CSV + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
