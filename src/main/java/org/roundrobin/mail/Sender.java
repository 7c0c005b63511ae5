package org.roundrobin.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jboss.logging.Logger;
import org.roundrobin.job.JobTimer;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Status;

/**
 * Delivers queued letters. Each letter is claimed under a row lock that other instances skip
 * ({@code FOR UPDATE SKIP LOCKED}), marked SENDING and committed BEFORE it is handed to SMTP; then SENT (with the
 * time) or a retry/FAILED is recorded. A crash between hand-off and that record leaves it SENDING, which
 * {@link Outbox#recoverInterrupted} turns into UNCERTAIN: never sent twice.
 */
@ApplicationScoped
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class);
    /** Claimed per round trip: small, so a claimed letter is handed over well within the stale limit. */
    private static final int CHUNK = 10;

    @Inject
    MailConfig config;
    @Inject
    MailSessions sessions;
    @Inject
    Composer composer;
    @Inject
    Outbox outbox;
    @Inject
    OutboxEvents events;
    @Inject
    AppClock clock;
    @Inject
    EntityManager em;
    @Inject
    LetterMetrics metrics;
    @Inject
    JobTimer timer;

    private final ReentrantLock inFlight = new ReentrantLock();
    private volatile boolean stopping;

    /** What one run did. */
    public record Report(int sent, int retrying, int failed, int uncertain, int cancelled) {
    }

    @Scheduled(every = "{roundrobin.mail.send-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!stopping) sendDue();
    }

    void started(@Observes StartupEvent start) {
        outbox.recoverInterrupted(config.sendingStaleAfter());
    }

    /** Graceful shutdown: no new letter is started; the one being handed over finishes and is recorded. */
    void stopping(@Observes ShutdownEvent stop) throws InterruptedException {
        stopping = true;
        if (inFlight.tryLock(config.smtp().timeout().toMillis() * 2, TimeUnit.MILLISECONDS)) inFlight.unlock();
    }

    /** Sends every letter that is due, in chunks, until none is left (or the application stops). */
    public Report sendDue() {
        return timer.time("sender", this::drain).result();
    }

    private Report drain() {
        outbox.recoverInterrupted(config.sendingStaleAfter());
        Instant runStart = Instant.now(); // a letter retried during this run waits for the next one
        int[] n = new int[5];
        while (!stopping) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(config.batchSize() < CHUNK ? config.batchSize() : CHUNK, runStart));
            n[4] += claim.cancelled();
            if (claim.letters().isEmpty()) break;
            deliver(claim.letters(), n);
        }
        return new Report(n[0], n[1], n[2], n[3], n[4]);
    }

    record Claim(List<Letter> letters, int cancelled) {
    }

    /** Locks up to {@code max} due letters (skipping those another instance holds) and marks them SENDING. */
    Claim claim(int max, Instant dueBy) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from letter where status = 'QUEUED' and next_attempt_at <= :now "
                + "order by next_attempt_at, id fetch first " + max + " rows only for update skip locked")
                .setParameter("now", dueBy).getResultList();
        if (ids.isEmpty()) return new Claim(List.of(), 0);
        List<Letter> letters = Letter.list("select l from Letter l join fetch l.request r join fetch r.authority join fetch r.campaign "
                + "where l.id in ?1 order by l.nextAttemptAt, l.id", ids.stream().map(Number::longValue).toList());
        List<Letter> claimed = new ArrayList<>();
        int cancelled = 0;
        Instant now = Instant.now();
        for (Letter l : letters) {
            String unwanted = unwanted(l, clock.today());
            if (unwanted != null) {
                l.status = Letter.Status.CANCELLED;
                l.lastError = unwanted;
                cancelled++;
                continue;
            }
            l.status = Letter.Status.SENDING;
            l.claimedAt = now;
            l.attempts++;
            claimed.add(l);
        }
        return new Claim(claimed, cancelled);
    }

    /** Why a letter should no longer go (the request moved on since it was queued), or null if it should. */
    static String unwanted(Letter l, LocalDate today) {
        FoiRequest r = l.request;
        return switch (l.kind) {
            case REQUEST -> r.state != Status.NOT_SENT ? "Not sent: the request was already recorded as sent" : null;
            case CHASER_1, CHASER_2 -> r.state != Status.AWAITING_RESPONSE ? "Not sent: the request is " + r.statusOn(today) + " now"
                    : r.dueOn != null && !r.dueOn.isBefore(today) ? "Not sent: the response is not overdue now (due " + r.dueOn + ")" : null;
            case REVIEW_REQUEST -> r.state == Status.WITHDRAWN || r.state == Status.CLOSED ? "Not sent: the request is " + r.state : null;
        };
    }

    private void deliver(List<Letter> letters, int[] n) {
        Session session = sessions.smtp();
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect(config.smtp().host(), config.smtp().port(), config.smtp().user().orElse(null),
                    config.smtp().password().orElse(null));
        } catch (MessagingException e) {
            // Nothing was handed over: every claimed letter waits for the next attempt.
            String why = "Cannot reach the mail server " + config.smtp().host() + ":" + config.smtp().port() + ": " + describe(e);
            for (Letter l : letters) n[retryOrFail(l.id, why, false) ? 1 : 2]++;
            LOG.warn(why);
            return;
        }
        try {
            for (int i = 0; i < letters.size(); i++) {
                if (stopping) {
                    letters.subList(i, letters.size()).forEach(l -> release(l.id));
                    return;
                }
                inFlight.lock();
                try {
                    if (!sendOne(transport, session, letters.get(i), n)) {
                        letters.subList(i + 1, letters.size()).forEach(l -> release(l.id));
                        return;
                    }
                } finally {
                    inFlight.unlock();
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // closing a connection that failed already
            }
        }
    }

    /** Hands one letter over and records the outcome; false if the connection is no longer usable. */
    private boolean sendOne(Transport transport, Session session, Letter l, int[] n) {
        Instant now = Instant.now();
        MimeMessage m = composer.mime(l, session, now);
        try {
            transport.sendMessage(m, m.getAllRecipients());
        } catch (SendFailedException e) {
            // The server refused this letter (e.g. the recipient) and said why; 4xx is worth retrying, 5xx is final.
            int code = replyCode(e);
            String why = "The mail server refused the letter: " + describe(e);
            n[retryOrFail(l.id, why, code >= 500) ? 1 : 2]++;
            return true;
        } catch (MessagingException e) {
            // The connection broke during the hand-off: the server may or may not have taken it.
            QuarkusTransaction.requiringNew().run(() -> {
                Letter x = Letter.findById(l.id);
                x.status = Letter.Status.UNCERTAIN;
                x.lastError = "Interrupted while handing over (" + describe(e) + "): check the sent folder, then confirm or requeue";
            });
            n[3]++;
            metrics.uncertain();
            return false;
        }
        recordSent(l.id, now);
        metrics.sent();
        n[0]++;
        return true;
    }

    private void recordSent(long id, Instant at) {
        LocalDate on = clock.today();
        QuarkusTransaction.requiringNew().run(() -> {
            Letter x = Letter.findById(id);
            x.status = Letter.Status.SENT;
            x.sentAt = at;
            x.sentOn = on;
            x.lastError = null;
        });
        try {
            QuarkusTransaction.requiringNew().run(() -> events.record(Letter.findById(id), on, "delivered to the mail server"));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Letter %d was sent but its timeline event was not recorded", id);
            QuarkusTransaction.requiringNew().run(() -> {
                Letter x = Letter.findById(id);
                x.timelineError = "Sent, but the timeline event was not recorded: " + e.getMessage();
            });
        }
    }

    /** Schedules the next attempt with doubling backoff; true if it will be retried, false if it is now FAILED. */
    private boolean retryOrFail(long id, String why, boolean permanent) {
        boolean retried = QuarkusTransaction.requiringNew().call(() -> {
            Letter x = Letter.findById(id);
            x.lastError = why;
            x.claimedAt = null;
            if (permanent || x.attempts >= config.maxAttempts()) {
                x.status = Letter.Status.FAILED;
                return false;
            }
            x.status = Letter.Status.QUEUED;
            Duration wait = config.backoff().multipliedBy(1L << Math.min(20, Math.max(0, x.attempts - 1)));
            x.nextAttemptAt = Instant.now().plus(wait);
            return true;
        });
        if (!retried) metrics.failed();
        return retried;
    }

    /** Back to the queue untouched (claimed but never attempted, e.g. at shutdown). */
    private void release(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Letter x = Letter.findById(id);
            x.status = Letter.Status.QUEUED;
            x.attempts = Math.max(0, x.attempts - 1);
            x.claimedAt = null;
        });
    }

    private static int replyCode(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) return a.getReturnCode();
            if (x instanceof SMTPSendFailedException s) return s.getReturnCode();
        }
        return 0;
    }

    /** The whole chain of messages, which carries the server's own reply. */
    static String describe(Exception e) {
        StringBuilder b = new StringBuilder();
        for (Throwable x = e; x != null; x = x instanceof MessagingException me && me.getNextException() != null ? me.getNextException() : x.getCause()) {
            String msg = x.getMessage() == null ? x.getClass().getSimpleName() : x.getMessage().strip();
            if (b.indexOf(msg) < 0) b.append(b.isEmpty() ? "" : "; ").append(msg);
            if (x.getCause() == x) break;
        }
        return b.toString();
    }
}
