package org.roundrobin.mail;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import org.roundrobin.web.Labels;

/** The chaser policy's decision for one overdue request, in words for a page, with the button it allows. */
@TemplateData
public record ChaseView(long requestId, String authority, String verdict, String kind, String kindLabel, boolean hold, LocalDate dueFrom,
                        Long letterId, String letterStatus) {

    static ChaseView of(ChaserPolicy.Decision d) {
        return new ChaseView(d.requestId(), d.authority(), d.verdict().name(), d.kind() == null ? null : d.kind().template,
                LetterRow.label(d.kind()), d.hold(), d.dueFrom(),
                d.letter() == null ? null : d.letter().id, d.letter() == null ? null : Labels.text("letter." + d.letter().status.name()));
    }

    /** A chaser is due now: the button queues it (held for approval when the campaign says so). */
    public boolean canChase() {
        return "DUE".equals(verdict);
    }

    public String button() {
        String k = kindLabel.toLowerCase(java.util.Locale.ROOT);
        return hold ? "Chase: queue " + k + " for approval" : "Chase: send " + k;
    }

    public String text() {
        return switch (verdict) {
            case "DUE" -> kindLabel + " is due" + (hold ? " (it will wait for your approval)" : "") + ".";
            case "NOT_DUE" -> kindLabel + " is due from " + Labels.day(dueFrom) + ".";
            case "WAITING" -> kindLabel + ": " + letterStatus.toLowerCase(java.util.Locale.ROOT) + ".";
            case "BOTH_SENT" -> "Both chasers sent: next, a review request or a complaint to the regulator.";
            case "NO_ADDRESS" -> kindLabel + " is due, but the authority has no email address: chase it by hand.";
            case "QUEUED" -> kindLabel + " queued to send.";
            case "HELD" -> kindLabel + " waiting for your approval.";
            default -> "Not overdue: nothing to chase.";
        };
    }
}
