package org.roundrobin.mail;

import java.time.Instant;

/** A letter as the API shows it (the body too: what was, or will be, sent). */
public record LetterView(long id, long requestId, String authority, String kind, int sequence, Letter.Status status, int attempts,
                         Instant nextAttemptAt, String lastError, String messageId, String reference, String from, String to,
                         String replyTo, String subject, String text, String html, Instant queuedAt, String queuedBy,
                         Instant sentAt, java.time.LocalDate sentOn, Long eventId, String timelineError) {

    public static LetterView of(Letter l) {
        String from = l.fromName == null ? l.fromAddress : l.fromName + " <" + l.fromAddress + ">";
        return new LetterView(l.id == null ? 0 : l.id, l.request.id, l.request.authority.name, l.kind.template, l.sequence, l.status,
                l.attempts, l.nextAttemptAt, l.lastError, l.messageId, l.reference, from, l.toAddress, l.replyTo, l.subject,
                l.bodyText, l.bodyHtml, l.queuedAt, l.queuedBy, l.sentAt, l.sentOn, l.eventId, l.timelineError);
    }
}
