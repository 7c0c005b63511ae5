package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;

/**
 * Launching a campaign creates one request per target authority. Recording a campaign sent outside Round
 * Robin appends SENT on the given date to each; sending by email reuses {@link #createRequests} and appends
 * SENT when each letter is delivered.
 */
@ApplicationScoped
public class Launcher {

    private static final int BATCH = 500;

    @Inject
    AppClock clock;
    @Inject
    Timelines timelines;

    public record Launched(String campaign, LocalDate sentOn, int requests) {
    }

    /** Records that the campaign's request was sent to every target on {@code sentOn}. */
    @Transactional
    public Launched recordSent(String slug, LocalDate sentOn, String note) {
        if (sentOn == null) throw ProblemException.invalid("sentOn", "is required: the date the request was sent (yyyy-MM-dd)");
        if (sentOn.isAfter(clock.today())) {
            throw ProblemException.invalid("sentOn", sentOn + " is in the future (today is " + clock.today() + ")");
        }
        Campaign c = Campaigns.find(slug);
        List<FoiRequest> created = createRequests(c, sentOn);
        c.sentOn = sentOn;
        EntityManager em = Panache.getEntityManager();
        int i = 0;
        for (FoiRequest r : created) {
            timelines.append(r, EventInput.of(EventType.SENT, sentOn).withNote(note));
            if (++i % BATCH == 0) {
                em.flush();
            }
        }
        return new Launched(c.slug, sentOn, created.size());
    }

    /** Marks the campaign launched and creates its requests (no events yet). Refused if already launched. */
    @Transactional
    public List<FoiRequest> createRequests(Campaign c, LocalDate sentOn) {
        if (!c.isDraft()) {
            throw ProblemException.conflict("Campaign '" + c.slug + "' was already launched on " + c.sentOn
                    + "; each request now has its own timeline");
        }
        List<Authority> targets = c.resolveTargets();
        if (targets.isEmpty()) {
            throw ProblemException.conflict("Campaign '" + c.slug + "' has no target authorities; edit its targets first");
        }
        c.state = Campaign.State.LAUNCHED;
        c.launchedAt = Instant.now();
        c.launchedCount = targets.size();
        List<FoiRequest> requests = targets.stream().map(a -> {
            FoiRequest r = new FoiRequest();
            r.campaign = c;
            r.authority = a;
            return r;
        }).toList();
        FoiRequest.persist(requests);
        return requests;
    }
}
