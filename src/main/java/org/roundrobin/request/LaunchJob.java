package org.roundrobin.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.job.Jobs;

/**
 * Launching from the pages, with progress: the requests are created at once (as {@link Launcher#createRequests}),
 * then SENT is recorded in batches, one transaction each, reporting after every batch. The work picks up the
 * requests still NOT_SENT, so a failed or interrupted launch is finished by running it again. Sending letters
 * by email (the mail feature) will record SENT as each letter goes out instead.
 */
@ApplicationScoped
public class LaunchJob {

    public static final String KIND = "launch";
    static final int BATCH = 100;

    @Inject
    Launcher launcher;
    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;
    @Inject
    Jobs jobs;

    /** Checks and creates the requests now (problems come back at once), then records SENT in the background. */
    public Job start(String slug, LocalDate sentOn, String note) {
        int total = QuarkusTransaction.requiringNew().call(() -> {
            if (sentOn == null) throw ProblemException.invalid("sentOn", "is required: the date the request was sent");
            if (sentOn.isAfter(clock.today())) {
                throw ProblemException.invalid("sentOn", "is in the future (today is " + clock.today() + ")");
            }
            if (note != null && note.length() > 8000) throw ProblemException.invalid("note", "is longer than 8000 characters");
            Campaign c = Campaigns.find(slug);
            List<FoiRequest> created = launcher.createRequests(c, sentOn);
            c.sentOn = sentOn;
            return created.size();
        });
        return run(slug, note, total);
    }

    /** Records SENT for the requests a failed launch left unsent. */
    public Job resume(String slug, String note) {
        long left = QuarkusTransaction.requiringNew().call(() -> unsent(Campaigns.find(slug)));
        if (left == 0) throw ProblemException.conflict("Every request of '" + slug + "' is already recorded as sent");
        return run(slug, note, (int) left);
    }

    public static long unsent(Campaign c) {
        return FoiRequest.count("campaign = ?1 and state = ?2", c, Status.NOT_SENT);
    }

    private Job run(String slug, String note, int total) {
        return jobs.start(KIND, slug, "Launching " + slug, "/campaigns/" + slug, total, progress -> {
            while (true) {
                int done = QuarkusTransaction.requiringNew().call(() -> sendBatch(slug, note));
                if (done == 0) break;
                progress.advance(done, "Recorded as sent");
            }
        });
    }

    private int sendBatch(String slug, String note) {
        Campaign c = Campaigns.find(slug);
        List<FoiRequest> batch = FoiRequest.<FoiRequest>find("select r from FoiRequest r join fetch r.authority "
                + "where r.campaign = ?1 and r.state = ?2 order by r.id", c, Status.NOT_SENT).page(0, BATCH).list();
        for (FoiRequest r : batch) {
            timelines.append(r, EventInput.of(EventType.SENT, c.sentOn).withNote(note));
        }
        return batch.size();
    }
}
