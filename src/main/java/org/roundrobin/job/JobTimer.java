package org.roundrobin.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Times each run of a background job: {@code roundrobin_job_seconds{job="chaser",outcome="ok|failed"}} at
 * {@code /q/metrics}. The job names are a short fixed list (chaser, sender, digest, inbox, and the {@link Jobs}
 * kinds), so the series stay few.
 */
@ApplicationScoped
public class JobTimer {

    public static final String METER = "roundrobin.job";

    @Inject
    MeterRegistry registry;

    /** What a timed run returned and how long it took. */
    public record Timed<T>(T result, Duration took) {
    }

    /** Runs {@code work}, recording its duration under {@code job} whether it returns or throws. */
    public <T> Timed<T> time(String job, Supplier<T> work) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "ok";
            return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            Timer.builder(METER).description("Background job runs").tag("job", job).tag("outcome", outcome)
                    .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    public void run(String job, Runnable work) {
        time(job, () -> {
            work.run();
            return null;
        });
    }
}
