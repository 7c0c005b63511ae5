package org.roundrobin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Timelines;

/**
 * Stores a reply once (keyed by Message-ID) with its attachments; a matched reply is appended to its request's
 * timeline as RECEIVED, which flags the request "reply to classify". An unmatched one waits in the inbox.
 */
@ApplicationScoped
public class Inbound {

    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;

    /** The stored correspondence, or empty if this Message-ID was stored before. */
    @Transactional
    public Optional<Correspondence> store(InboundMessage m) {
        if (Correspondence.findByMessageId(m.messageId()).isPresent()) return Optional.empty();
        Correspondence c = new Correspondence();
        c.direction = Correspondence.Direction.IN;
        c.source = Correspondence.Source.EMAIL;
        c.receivedAt = m.receivedAt();
        c.fromAddress = m.from() == null ? null : InboundMessage.truncate(m.from(), 320);
        c.toAddress = m.to();
        c.subject = m.subject();
        c.bodyText = m.text();
        if (!m.omitted().isEmpty()) {
            c.bodyText = (c.bodyText == null ? "" : c.bodyText + "\n\n") + "[Round Robin: not stored, too large: "
                    + String.join("; ", m.omitted()) + "]";
        }
        c.bodyHtml = m.html();
        c.messageId = InboundMessage.truncate(m.messageId(), 998);
        c.inReplyTo = m.inReplyTo() == null ? null : InboundMessage.truncate(m.inReplyTo(), 998);
        c.recordedBy = OutboxEvents.RECORDED_BY;
        c.persist();
        for (InboundMessage.File f : m.attachments()) {
            Attachment a = new Attachment();
            a.correspondence = c;
            a.filename = f.filename();
            a.mediaType = f.mediaType();
            a.content = f.content();
            a.persist();
            c.attachments.add(a);
        }
        ReplyMatcher.match(m).ifPresent(match -> attach(c, match.request(), "matched by " + match.how().name().toLowerCase()));
        return Optional.of(c);
    }

    /** Files a stored reply under a request (matched, or assigned by hand from the inbox) and records RECEIVED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Correspondence c, FoiRequest r, String how) {
        c.request = r;
        LocalDate on = LocalDate.ofInstant(c.receivedAt, AppClock.UK);
        LocalDate today = clock.today();
        if (on.isAfter(today)) on = today;
        if (r.sentOn != null && on.isBefore(r.sentOn)) on = r.sentOn;
        String note = "Reply from " + (c.fromAddress == null ? "unknown sender" : c.fromAddress) + ": \""
                + (c.subject == null ? "" : InboundMessage.truncate(c.subject, 200)) + "\" (" + how + ")";
        timelines.append(r, new EventInput(EventType.RECEIVED, on, note, null, OutboxEvents.RECORDED_BY, null, null, null, null,
                null, null, null, null));
    }
}
