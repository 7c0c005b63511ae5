package org.roundrobin.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.roundrobin.request.AppClock;

/** The daily chaser run (cron {@code roundrobin.chasers.cron}); all the deciding is in {@link ChaserPolicy}. */
@ApplicationScoped
public class ChaserJob {

    private static final Logger LOG = Logger.getLogger(ChaserJob.class);

    @Inject
    ChaserPolicy policy;
    @Inject
    AppClock clock;

    @Scheduled(cron = "{roundrobin.chasers.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        ChaserPolicy.Run run = policy.run(clock.today());
        LOG.infof("Chasers: %d first, %d second queued (%d held for approval), %d overdue without an address",
                run.chaser1(), run.chaser2(), run.held(), run.noAddress());
    }
}
