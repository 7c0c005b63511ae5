package org.roundrobin.job;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A piece of long work and how far it got, stored (not held in memory) so every browser, a reload and a restart
 * see the same progress. A job is DONE only when all of its work is; anything that stops it early is FAILED
 * with what failed and what to do.
 */
@Entity
@TemplateData
public class Job extends PanacheEntity {

    public enum State { RUNNING, DONE, FAILED }

    /** What kind of work, e.g. "launch", "directory-import", "outbox". */
    public String kind;
    /** What it works on, e.g. a campaign slug: finds the latest job for a page. */
    public String subject;
    public String title;
    @Enumerated(EnumType.STRING)
    public State state = State.RUNNING;
    public int done;
    public int total;
    /** The latest progress line, or on failure what failed. */
    public String message;
    /** On failure: what the person can do about it. */
    public String nextStep;
    /** Where to look at the result (a page path). */
    public String link;
    public String startedBy;
    public Instant startedAt;
    public Instant updatedAt;
    public Instant finishedAt;

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    public boolean succeeded() {
        return state == State.DONE;
    }

    public String stateName() {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String stateLabel() {
        return switch (state) {
            case RUNNING -> "Running";
            case DONE -> "Finished";
            case FAILED -> "Failed";
        };
    }

    /** Percent done, 0–100 (a job with nothing to do is 100 once DONE). */
    public int percent() {
        if (total <= 0) return state == State.DONE ? 100 : 0;
        return (int) Math.min(100, Math.round(100.0 * done / total));
    }

    public static Optional<Job> latest(String kind, String subject) {
        return find("kind = ?1 and subject = ?2 order by startedAt desc, id desc", kind, subject).firstResultOptional();
    }

    public static List<Job> recent(int n) {
        return find("order by startedAt desc, id desc").page(0, n).list();
    }
}
