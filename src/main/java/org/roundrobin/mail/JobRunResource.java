package org.roundrobin.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.roundrobin.job.JobTimer;

/**
 * For administrators: run the chaser job now rather than at its cron time (after changing the rules, or to time it
 * in the benchmark). It is the same run as the daily one, under the same lock, so it never sends anything twice.
 */
@Path("/api/admin/jobs")
public class JobRunResource {

    @Inject
    ChaserJob chasers;

    /** What the run did and how long it took. */
    public record ChaserRun(String job, long millis, int chaser1, int chaser2, int held, int noAddress) {
    }

    @POST
    @Path("/chaser")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public ChaserRun chaser() {
        JobTimer.Timed<ChaserPolicy.Run> t = chasers.runNow();
        ChaserPolicy.Run r = t.result();
        return new ChaserRun("chaser", t.took().toMillis(), r.chaser1(), r.chaser2(), r.held(), r.noAddress());
    }
}
