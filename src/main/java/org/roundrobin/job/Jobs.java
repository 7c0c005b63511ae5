package org.roundrobin.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.stream.Collectors;
import jakarta.annotation.PreDestroy;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.roundrobin.http.ProblemException;
import org.roundrobin.security.CurrentUser;

/**
 * Runs long work in the background and stores its progress in {@link Job}. The work does its own batches, each in
 * its own transaction, and reports after each through {@link Progress}; the progress row is written in a separate
 * transaction so a reader sees it at once. Any feature can use this: launching, imports, the outbox draining.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);
    static final String RETRY = "Start it again: the work already done is kept and is not repeated.";

    @Inject
    CurrentUser currentUser;
    @Inject
    JobTimer timer;
    /** No context is carried over from the HTTP request that started a job: the job outlives it. */
    private final ManagedExecutor executor = ManagedExecutor.builder().propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING).maxAsync(2).build();

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The work of a job; throw to fail it ({@link Failed} to say what to do next). */
    @FunctionalInterface
    public interface Work {
        void run(Progress progress) throws Exception;
    }

    /** What the work reports as it goes. */
    public interface Progress {
        long jobId();

        /** How many units of work there are (letters, rows, requests). */
        void total(int total);

        /** {@code n} more units are done (their batch is committed); {@code message} says what happened last. */
        void advance(int n, String message);
    }

    /** A failure the work can explain: what went wrong and what the person should do about it. */
    public static class Failed extends RuntimeException {
        public final String nextStep;

        public Failed(String message, String nextStep) {
            super(message);
            this.nextStep = nextStep;
        }
    }

    /** Creates the job (committed at once, so a page can show it) and starts the work on the managed executor. */
    public Job start(String kind, String subject, String title, String link, int total, Work work) {
        String by = currentUser.name();
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            Job j = new Job();
            j.kind = kind;
            j.subject = subject;
            j.title = title;
            j.link = link;
            j.total = total;
            j.startedBy = by == null ? "campaigner" : by;
            j.startedAt = j.updatedAt = Instant.now();
            j.message = "Starting";
            j.persist();
            return j;
        });
        long id = job.id;
        executor.runAsync(() -> timer.run(kind, () -> run(id, work)));
        return job;
    }

    void run(long id, Work work) {
        Progress progress = new Stored(id);
        try {
            work.run(progress);
            update(id, j -> {
                j.state = Job.State.DONE;
                if (j.total < j.done) j.total = j.done;
                j.finishedAt = Instant.now();
            });
        } catch (Throwable t) {
            String message = describe(t);
            String next = t instanceof Failed f && f.nextStep != null ? f.nextStep : RETRY;
            if (!(t instanceof Failed) && !(t instanceof ProblemException)) LOG.error("Job " + id + " failed", t);
            update(id, j -> {
                j.state = Job.State.FAILED;
                j.message = message;
                j.nextStep = next;
                j.finishedAt = Instant.now();
            });
        }
    }

    public static String describe(Throwable t) {
        if (t instanceof ProblemException p) {
            if (p.errors.isEmpty()) return p.getMessage();
            return p.title + ": " + p.errors.stream()
                    .map(e -> (e.row() == null ? "" : "row " + e.row() + ": ") + (e.field() == null ? "" : e.field() + " ") + e.message())
                    .collect(Collectors.joining("; "));
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void update(long id, java.util.function.Consumer<Job> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Job j = Job.findById(id);
            change.accept(j);
            j.updatedAt = Instant.now();
        });
    }

    /** Work cut short by a stop or a crash must not look finished, nor forever running. */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> Job.update(
                "state = ?1, message = ?2, nextStep = ?3, finishedAt = ?4 where state = ?5", Job.State.FAILED,
                "Interrupted: the service stopped while this was running.", RETRY, Instant.now(), Job.State.RUNNING));
    }

    private record Stored(long jobId) implements Progress {
        @Override
        public void total(int total) {
            update(jobId, j -> j.total = total);
        }

        @Override
        public void advance(int n, String message) {
            update(jobId, j -> {
                j.done += n;
                if (message != null) j.message = message;
            });
        }
    }
}
