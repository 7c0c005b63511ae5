package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.request.FoiRequest;

/**
 * A letter in the outbox, identified by (request, kind, sequence) so the same letter is never queued twice.
 * Addresses, subject and body are stored as rendered when it was queued: what is shown is what is sent.
 * <pre>
 * HELD (awaiting approval) -> QUEUED -> SENDING -> SENT
 *                                  ^        |----> QUEUED again (retry) or FAILED (refused, or out of attempts)
 *                                  |        '----> UNCERTAIN (interrupted: a person confirms or requeues)
 * HELD, QUEUED, FAILED -> CANCELLED (no longer wanted)
 * </pre>
 */
@Entity
public class Letter extends PanacheEntity implements org.roundrobin.campaign.CampaignPart {

    public enum Status { HELD, QUEUED, SENDING, SENT, FAILED, UNCERTAIN, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public FoiRequest request;
    @Enumerated(EnumType.STRING)
    public LetterKind kind;
    /** Which letter of this kind: chasers count the request's clock (a clarification restarts it). */
    public int sequence;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant claimedAt;
    /** The SMTP server's reply (or why it could not be reached) on the last failed attempt. */
    public String lastError;
    /** Fixed when queued, so a preview, the sent message and replies' In-Reply-To all agree. */
    public String messageId;
    /** The reference token in the subject, e.g. RR-iot-2017-cambridgeshire, for matching replies. */
    public String reference;
    public String fromAddress;
    public String fromName;
    public String toAddress;
    public String replyTo;
    public String subject;
    public String bodyText;
    public String bodyHtml;
    public Instant queuedAt;
    public String queuedBy;
    public Instant sentAt;
    /** The day it was delivered (UK), as its timeline event is dated. */
    public LocalDate sentOn;
    /** The timeline event its delivery recorded (null until then). */
    public Long eventId;
    /** Why the timeline event could not be recorded, if it could not. */
    public String timelineError;
    @Version
    public int version;
    /** The request's campaign, kept on the letter so a campaign's outbox is read from its own index (V60). */
    @jakarta.persistence.Column(name = "campaign_id", nullable = false, updatable = false)
    public Long campaignId;

    @jakarta.persistence.PrePersist
    void onCreate() {
        if (campaignId == null) campaignId = request.campaignId();
    }

    @Override
    public Long campaignId() {
        return campaignId != null ? campaignId : request == null ? null : request.campaignId();
    }

    public static List<Letter> forRequest(FoiRequest r) {
        return list("request = ?1 order by queuedAt, id", r);
    }

    public static Optional<Letter> latest(FoiRequest r, LetterKind kind) {
        return find("request = ?1 and kind = ?2 order by sequence desc", r, kind).firstResultOptional();
    }

    public static List<Letter> heldFor(Campaign c) {
        return list("select l from Letter l join fetch l.request r join fetch r.authority where l.campaignId = ?1 and l.status = ?2 "
                + "order by r.authority.name, l.kind", c.id, Status.HELD);
    }

    public static Optional<Letter> findByMessageId(String messageId) {
        return find("messageId", messageId).firstResultOptional();
    }
}
