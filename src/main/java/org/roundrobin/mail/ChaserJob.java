package org.roundrobin.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.roundrobin.job.JobTimer;
import org.roundrobin.request.AppClock;

/**
 * The daily chaser run (cron {@code roundrobin.chasers.cron}); all the deciding is in {@link ChaserPolicy}. Each run
 * is timed ({@code roundrobin_job_seconds{job="chaser"}}); administrators can start one now
 * ({@code POST /api/admin/jobs/chaser}).
 */
@ApplicationScoped
public class ChaserJob {

    private static final Logger LOG = Logger.getLogger(ChaserJob.class);

    @Inject
    ChaserPolicy policy;
    @Inject
    AppClock clock;
    @Inject
    JobTimer timer;

    @Scheduled(cron = "{roundrobin.chasers.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        runNow();
    }

    /** One run over every overdue request, today; waits for another instance's run to finish (the job lock). */
    public JobTimer.Timed<ChaserPolicy.Run> runNow() {
        JobTimer.Timed<ChaserPolicy.Run> timed = timer.time("chaser", () -> policy.run(clock.today()));
        ChaserPolicy.Run run = timed.result();
        LOG.infof("Chasers: %d first, %d second queued (%d held for approval), %d overdue without an address, in %d ms",
                run.chaser1(), run.chaser2(), run.held(), run.noAddress(), timed.took().toMillis());
        return timed;
    }
}
