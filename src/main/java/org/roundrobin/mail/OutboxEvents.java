package org.roundrobin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Timelines;

/** Records a delivered letter on its request's timeline: SENT, CHASER_SENT or REVIEW_REQUESTED, dated the day it went. */
@ApplicationScoped
public class OutboxEvents {

    static final String RECORDED_BY = "round-robin mail";

    @Inject
    Timelines timelines;

    /** Appends the event, or notes on the letter why the timeline would not take it (the letter stays SENT). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Letter l, LocalDate on, String how) {
        FoiRequest r = l.request;
        RequestState now = timelines.state(r);
        if (!now.allowed().contains(l.kind.event)) {
            l.timelineError = l.kind.event + " could not be recorded: the request is " + now.status() + " (record it by hand if it applies)";
            return;
        }
        String note = l.kind.template + " letter emailed to " + l.toAddress + " (" + how + "), Message-ID " + l.messageId;
        EventInput in = new EventInput(l.kind.event, on, note, null, RECORDED_BY, null, null, null, null, null, null, null, null);
        l.eventId = timelines.append(r, in).event().id;
        l.timelineError = null;
    }
}
