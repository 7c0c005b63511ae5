package org.roundrobin.mail;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.roundrobin.web.Labels;

/** A letter as the pages show it, with what a person may do to it now. */
@TemplateData
public record LetterRow(long id, long requestId, String authority, String campaignSlug, String campaignTitle, LetterKind kind,
                        int sequence, Letter.Status status, int attempts, String to, String subject, Instant queuedAt,
                        String queuedBy, Instant sentAt, LocalDate sentOn, Instant nextAttemptAt, String lastError,
                        String timelineError) {

    private static final Set<Letter.Status> CANCELLABLE = Set.of(Letter.Status.HELD, Letter.Status.QUEUED, Letter.Status.FAILED,
            Letter.Status.UNCERTAIN);

    public static LetterRow of(Letter l) {
        return new LetterRow(l.id, l.request.id, l.request.authority.name, l.request.campaign.slug, l.request.campaign.title,
                l.kind, l.sequence, l.status, l.attempts, l.toAddress, l.subject, l.queuedAt, l.queuedBy, l.sentAt, l.sentOn,
                l.nextAttemptAt, l.lastError, l.timelineError);
    }

    /** The letter's own page. */
    public String page() {
        return "/letters/" + id;
    }

    public String kindLabel() {
        return label(kind);
    }

    public static String label(LetterKind kind) {
        return kind == null ? "" : Labels.text("letter-kind." + kind.name());
    }

    public String statusName() {
        return status.name();
    }

    public String statusLabel() {
        return Labels.text("letter." + status.name());
    }

    /** A short code beside the status word: the status never rests on colour. */
    public String statusCode() {
        return status.name();
    }

    public boolean canApprove() {
        return status == Letter.Status.HELD;
    }

    public boolean canConfirm() {
        return status == Letter.Status.UNCERTAIN;
    }

    public boolean canRequeue() {
        return status == Letter.Status.UNCERTAIN || status == Letter.Status.FAILED;
    }

    public boolean canCancel() {
        return CANCELLABLE.contains(status);
    }

    /** Retried after a temporary failure: still queued, with the reason it has not gone yet. */
    public boolean retrying() {
        return status == Letter.Status.QUEUED && attempts > 0 && lastError != null;
    }

    public boolean needsAttention() {
        return status == Letter.Status.FAILED || status == Letter.Status.UNCERTAIN || timelineError != null;
    }

    /** What to do about a letter in trouble, in words. */
    public String advice() {
        return switch (status) {
            case FAILED -> "Check the authority's address in the directory (or the mail settings), then put the letter back in the queue; or send it by hand and record it.";
            case UNCERTAIN -> "The connection broke while the letter was being handed to the mail server. Look in the account's sent folder: if it is there, confirm it was sent; if not, put it back in the queue.";
            default -> timelineError != null ? "Record the event on the request's timeline by hand if it applies." : null;
        };
    }
}
