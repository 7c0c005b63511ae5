package org.roundrobin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Timelines;

/** Asking for an internal review by email, when a person decides to: only when the timeline allows REVIEW_REQUESTED now. */
@ApplicationScoped
public class ReviewRequests {

    private static final Set<Letter.Status> PENDING = Set.of(Letter.Status.HELD, Letter.Status.QUEUED, Letter.Status.SENDING);

    @Inject
    Timelines timelines;
    @Inject
    Outbox outbox;

    /** Queues the review request (sent by the outbox; its delivery records REVIEW_REQUESTED). 409 when it does not fit now. */
    @Transactional
    public Letter queue(long requestId) {
        FoiRequest r = Timelines.find(requestId);
        RequestState state = timelines.state(r);
        if (!state.allowed().contains(EventType.REVIEW_REQUESTED)) {
            throw ProblemException.conflict("An internal review cannot be asked for now: the request is " + state.status())
                    .with("allowed", state.allowed());
        }
        Letter latest = Letter.latest(r, LetterKind.REVIEW_REQUEST).orElse(null);
        if (latest != null && PENDING.contains(latest.status)) {
            throw ProblemException.conflict("A review request for this request is already " + latest.status + " (letter " + latest.id + ")");
        }
        return outbox.queue(r, LetterKind.REVIEW_REQUEST, latest == null ? 1 : latest.sequence + 1, false, state, null);
    }
}
