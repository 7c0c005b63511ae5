package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;
import org.roundrobin.security.CurrentUser;

/**
 * The outbox: a letter is stored in the same transaction as the decision to send it, and changes status only
 * here and in {@link Sender}. What a person does to a letter (approve, confirm, requeue, cancel) is here too.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    Composer composer;
    @Inject
    AppClock clock;
    @Inject
    CurrentUser currentUser;
    @Inject
    OutboxEvents events;
    @Inject
    LetterMetrics metrics;

    /** Renders and stores a letter (QUEUED, or HELD for approval) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Letter queue(FoiRequest r, LetterKind kind, int sequence, boolean hold, RequestState state, LocalDate chaserSentOn) {
        Letter l = composer.compose(r, kind, state, clock.today(), chaserSentOn);
        l.sequence = sequence;
        l.status = hold ? Letter.Status.HELD : Letter.Status.QUEUED;
        l.queuedAt = Instant.now();
        l.nextAttemptAt = l.queuedAt;
        l.queuedBy = by();
        l.persist();
        metrics.queuedOnCommit();
        return l;
    }

    public static Letter find(long id) {
        Letter l = Letter.findById(id);
        if (l == null) throw ProblemException.notFound("Letter " + id);
        return l;
    }

    /** Releases held letters for sending; one no longer wanted (the authority answered meanwhile) is cancelled instead. */
    @Transactional
    public int approve(List<Letter> held) {
        int released = 0;
        for (Letter l : held) {
            if (l.status != Letter.Status.HELD) continue;
            String unwanted = Sender.unwanted(l, clock.today());
            if (unwanted != null) {
                cancel(l, unwanted);
            } else {
                l.status = Letter.Status.QUEUED;
                l.nextAttemptAt = Instant.now();
                l.lastError = null;
                released++;
            }
        }
        return released;
    }

    /** A person checked the sent folder: the interrupted (or failed) letter did go. Records it and its timeline event. */
    @Transactional
    public Letter confirmSent(long id, LocalDate sentOn) {
        Letter l = find(id);
        require(l, Set.of(Letter.Status.UNCERTAIN, Letter.Status.FAILED), "confirmed as sent");
        LocalDate on = sentOn == null ? clock.today() : sentOn;
        if (on.isAfter(clock.today())) throw ProblemException.invalid("sentOn", on + " is in the future");
        l.status = Letter.Status.SENT;
        l.sentAt = Instant.now();
        l.sentOn = on;
        l.lastError = null;
        Panache.getEntityManager().flush();
        events.record(l, on, "confirmed by " + Objects.requireNonNullElse(currentUser.name(), "the campaigner"));
        return l;
    }

    /** Puts an UNCERTAIN or FAILED letter back in the queue (a person decided it did not go). */
    @Transactional
    public Letter requeue(long id) {
        Letter l = find(id);
        require(l, Set.of(Letter.Status.UNCERTAIN, Letter.Status.FAILED, Letter.Status.CANCELLED), "requeued");
        l.status = Letter.Status.QUEUED;
        l.attempts = 0;
        l.nextAttemptAt = Instant.now();
        return l;
    }

    @Transactional
    public Letter cancel(long id) {
        Letter l = find(id);
        require(l, Set.of(Letter.Status.HELD, Letter.Status.QUEUED, Letter.Status.FAILED, Letter.Status.UNCERTAIN), "cancelled");
        cancel(l, "cancelled by " + Objects.requireNonNullElse(currentUser.name(), "the campaigner"));
        return l;
    }

    private static void cancel(Letter l, String why) {
        l.status = Letter.Status.CANCELLED;
        l.lastError = why;
    }

    /**
     * Letters left SENDING longer than {@code staleAfter} were interrupted between the hand-off to SMTP and the
     * record of it (a crash, a killed instance): nobody knows if they went, so they become UNCERTAIN for a person
     * to check. Never resent automatically.
     */
    @Transactional
    public int recoverInterrupted(Duration staleAfter) {
        Instant cutoff = Instant.now().minus(staleAfter);
        // A bulk update passes Hibernate's events by: tell Revisions which campaigns' outboxes change.
        List<Long> campaigns = Letter.getEntityManager().createQuery("select distinct l.campaignId from Letter l "
                + "where l.status = :s and l.claimedAt <= :cutoff", Long.class).setParameter("s", Letter.Status.SENDING)
                .setParameter("cutoff", cutoff).getResultList();
        if (campaigns.isEmpty()) return 0;
        org.roundrobin.campaign.Revisions.touch(Letter.getEntityManager().unwrap(org.hibernate.engine.spi.SessionImplementor.class),
                campaigns.toArray(Long[]::new));
        int n = Letter.update("status = ?1, lastError = ?2 where status = ?3 and claimedAt <= ?4", Letter.Status.UNCERTAIN,
                "Interrupted while being handed to the mail server: check the sent folder, then confirm it was sent or requeue it",
                Letter.Status.SENDING, cutoff);
        if (n > 0) LOG.warnf("%d letter(s) were interrupted while sending and are now UNCERTAIN: confirm or requeue them", n);
        return n;
    }

    private static void require(Letter l, Set<Letter.Status> from, String what) {
        if (!from.contains(l.status)) {
            throw ProblemException.conflict("Letter " + l.id + " is " + l.status + "; only a letter that is one of " + from
                    + " can be " + what).with("status", l.status);
        }
    }

    private String by() {
        return Objects.requireNonNullElse(currentUser.name(), "round-robin");
    }
}
