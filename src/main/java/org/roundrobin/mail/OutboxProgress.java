package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.roundrobin.campaign.Campaign;

/**
 * How a campaign's outbox stands, counted from the letter table (so every browser, a reload and a restart agree):
 * sent, failed, uncertain and still waiting, out of every letter not cancelled. It is finished only when nothing
 * waits; a failure or an uncertain letter keeps it from looking done.
 */
@TemplateData
public record OutboxProgress(String slug, Map<Letter.Status, Long> counts, int maxAttempts, Instant nextAttemptAt, String lastError,
                             boolean queueing) {

    public enum Stage { EMPTY, QUEUEING, SENDING, APPROVAL, PROBLEMS, DONE }

    /** A statement or two (the counts; the latest error when letters are retried, or the launch job when there are none yet), however many letters. */
    public static OutboxProgress of(Campaign c) {
        Map<Letter.Status, Long> counts = new EnumMap<>(Letter.Status.class);
        int maxAttempts = 0;
        Instant next = null;
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select l.status, count(l), max(l.attempts), min(l.nextAttemptAt) from Letter l
                where l.campaignId = :c group by l.status""", Object[].class).setParameter("c", c.id).getResultList()) {
            Letter.Status s = (Letter.Status) row[0];
            counts.put(s, (Long) row[1]);
            if (s == Letter.Status.QUEUED) {
                maxAttempts = ((Number) row[2]).intValue();
                next = (Instant) row[3];
            }
        }
        String error = null;
        if (maxAttempts > 0) {
            error = Panache.getEntityManager().createQuery("select l.lastError from Letter l where l.campaignId = :c "
                    + "and l.status = :s and l.attempts > 0 and l.lastError is not null order by l.nextAttemptAt desc", String.class)
                    .setParameter("c", c.id).setParameter("s", Letter.Status.QUEUED).setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
        // Before the launch's one transaction commits there is nothing to count: the job says letters are coming.
        // (A campaign recorded as sent on a date has a sentOn and never had such a job.)
        boolean queueing = counts.isEmpty() && c.sentOn == null && org.roundrobin.job.Job.latest(EmailLaunchJob.KIND, c.slug)
                .filter(org.roundrobin.job.Job::isRunning).isPresent();
        return new OutboxProgress(c.slug, counts, maxAttempts, next, error, queueing);
    }

    private long n(Letter.Status s) {
        return counts.getOrDefault(s, 0L);
    }

    public long held() {
        return n(Letter.Status.HELD);
    }

    public long sent() {
        return n(Letter.Status.SENT);
    }

    public long failed() {
        return n(Letter.Status.FAILED);
    }

    public long uncertain() {
        return n(Letter.Status.UNCERTAIN);
    }

    public long cancelled() {
        return n(Letter.Status.CANCELLED);
    }

    /** Queued or being handed over: the sender will deal with them. */
    public long waiting() {
        return n(Letter.Status.QUEUED) + n(Letter.Status.SENDING);
    }

    /** Every letter that is, or is meant to be, sent (not the cancelled ones). */
    public long total() {
        return held() + waiting() + sent() + failed() + uncertain();
    }

    /** Letters the sender has finished with, one way or the other. */
    public long settled() {
        return sent() + failed() + uncertain();
    }

    public int percentSent() {
        return total() == 0 ? 0 : (int) (100 * sent() / total());
    }

    /** Some queued letters failed an attempt and wait for the next one (the server could not be reached, say). */
    public boolean retrying() {
        return maxAttempts > 0 && waiting() > 0;
    }

    public Stage stage() {
        if (total() == 0) return queueing ? Stage.QUEUEING : Stage.EMPTY;
        if (waiting() > 0) return Stage.SENDING;
        if (failed() + uncertain() > 0) return Stage.PROBLEMS;
        if (held() > 0) return Stage.APPROVAL;
        return Stage.DONE;
    }

    public String stageName() {
        return stage().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Polled while letters wait for the sender; nothing changes on its own otherwise. */
    public boolean running() {
        return stage() == Stage.SENDING || stage() == Stage.QUEUEING;
    }

    public String headline() {
        return switch (stage()) {
            case EMPTY -> "No letter has been emailed for this campaign.";
            case QUEUEING -> "Queueing the letters…";
            case SENDING -> "Sending: " + sent() + " of " + total() + " sent, " + waiting() + " waiting.";
            case PROBLEMS -> "Stopped with problems: " + sent() + " of " + total() + " sent; " + problems() + " need you.";
            case APPROVAL -> sent() + " of " + total() + " sent; " + held() + " waiting for your approval.";
            case DONE -> "All " + sent() + " letters sent.";
        };
    }

    private String problems() {
        StringBuilder b = new StringBuilder();
        if (failed() > 0) b.append(failed()).append(" failed");
        if (uncertain() > 0) b.append(b.isEmpty() ? "" : ", ").append(uncertain()).append(" uncertain");
        return b.toString();
    }
}
