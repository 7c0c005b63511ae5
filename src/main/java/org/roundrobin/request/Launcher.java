package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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
        int n = createRequests(c, sentOn, chunk -> chunk.forEach(r -> timelines.append(r, EventInput.of(EventType.SENT, sentOn).withNote(note))));
        return new Launched(c.slug, sentOn, n);
    }

    /** Marks the campaign launched and creates its requests (no events yet). Refused if already launched. */
    @Transactional
    public List<FoiRequest> createRequests(Campaign c, LocalDate sentOn) {
        List<FoiRequest> requests = targets(c).stream().map(a -> request(c, a)).toList();
        FoiRequest.persist(requests);
        return requests;
    }

    /**
     * The same for a campaign of any size (recorded as sent on {@code sentOn}, unless null), in chunks of {@value #BATCH}:
     * each chunk's authorities are read, its requests created and handed to {@code each} (to queue their letters or
     * record their events), flushed and let go; only the targets' ids are held throughout, so memory stays flat at
     * 50,000 targets. {@code each} sees the campaign (its questions loaded) and the chunk's requests and authorities,
     * detached once it returns. Returns how many requests were created.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createRequests(Campaign c, LocalDate sentOn, Consumer<List<FoiRequest>> each) {
        return createRequests(c, sentOn, c.isDraft() ? c.resolveTargetIds() : List.of(), each);
    }

    /** As above, to these targets (ids of authorities, in order), already read by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int createRequests(Campaign c, LocalDate sentOn, List<Long> targetIds, Consumer<List<FoiRequest>> each) {
        List<Long> targets = launching(c, targetIds);
        if (sentOn != null) c.sentOn = sentOn; // now: the campaign is let go (and its changes flushed) with the first chunk
        c.questions.size(); // loaded before the first clear: the letters' templates list them
        EntityManager em = Panache.getEntityManager();
        for (int i = 0; i < targets.size(); i += BATCH) {
            List<FoiRequest> chunk = Authority.inOrder(targets.subList(i, Math.min(targets.size(), i + BATCH))).stream()
                    .map(a -> request(c, a)).toList();
            FoiRequest.persist(chunk);
            each.accept(chunk);
            em.flush();
            em.clear();
        }
        return targets.size();
    }

    /** The campaign's targets, the campaign marked launched; refused if already launched or without targets. */
    private static List<Authority> targets(Campaign c) {
        return launching(c, c.isDraft() ? c.resolveTargets() : List.of());
    }

    private static <T> List<T> launching(Campaign c, List<T> targets) {
        if (!c.isDraft()) {
            throw ProblemException.conflict("Campaign '" + c.slug + "' was already launched on " + c.sentOn
                    + "; each request now has its own timeline");
        }
        if (targets.isEmpty()) {
            throw ProblemException.conflict("Campaign '" + c.slug + "' has no target authorities; edit its targets first");
        }
        c.state = Campaign.State.LAUNCHED;
        c.launchedAt = Instant.now();
        c.launchedCount = targets.size();
        return targets;
    }

    private static FoiRequest request(Campaign c, Authority a) {
        FoiRequest r = new FoiRequest();
        r.campaign = c;
        r.authority = a;
        return r;
    }
}
