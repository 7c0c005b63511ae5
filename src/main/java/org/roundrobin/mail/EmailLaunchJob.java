package org.roundrobin.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.job.Jobs;

/**
 * Launching by email from the pages, as a stored job: what would refuse the launch is checked at once (the form
 * shows it), then {@link LaunchByEmail} creates the requests and queues every letter in one transaction in the
 * background. The sender then drains the outbox; {@link OutboxProgress} shows that part.
 */
@ApplicationScoped
public class EmailLaunchJob {

    public static final String KIND = "launch-email";

    @Inject
    LaunchByEmail launcher;
    @Inject
    Jobs jobs;
    @Inject
    MailConfig config;

    public Job start(String slug, String note) {
        String title = QuarkusTransaction.requiringNew().call(() -> {
            if (config.from().address().filter(a -> !a.isBlank()).isEmpty()) {
                throw ProblemException.conflict("Sending by email is not set up: set roundrobin.mail.from.address (see the README's "
                        + "mail section), or record the date you sent the request yourself");
            }
            if (note != null && note.length() > 8000) throw ProblemException.invalid("note", "is longer than 8000 characters");
            Campaign c = Campaigns.find(slug);
            if (!c.isDraft()) throw ProblemException.conflict("Campaign '" + slug + "' was already launched; each request now has its own timeline");
            if (Job.latest(KIND, slug).filter(Job::isRunning).isPresent()) {
                throw ProblemException.conflict("This campaign's letters are being queued already");
            }
            if (c.resolveTargetIds().isEmpty()) throw ProblemException.conflict("Campaign '" + slug + "' has no target authorities; edit its targets first");
            LaunchByEmail.check(c);
            return c.title;
        });
        int total = QuarkusTransaction.requiringNew().call(() -> Campaigns.find(slug).resolveTargetIds().size());
        return jobs.start(KIND, slug, "Queueing the letters of “" + title + "”", "/campaigns/" + slug + "/outbox", total, progress -> {
            LaunchByEmail.Result r = launcher.launch(slug, note);
            progress.total(r.requests());
            progress.advance(r.requests(), "Queued " + r.queued() + (r.queued() == 1 ? " letter" : " letters")
                    + (r.sendByHand().isEmpty() ? "" : "; " + r.sendByHand().size() + " without an address to send by hand"));
        });
    }
}
