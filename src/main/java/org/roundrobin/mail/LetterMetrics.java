package org.roundrobin.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts letters at {@code /q/metrics}: {@code roundrobin_letters_total{event="queued|sent|failed|uncertain"}}.
 * "queued" is every letter stored in the outbox (held for approval or not), counted when its transaction commits,
 * so a launch that is rolled back counts nothing; "sent" is handed to the mail server; "failed" is given up on
 * (refused, or out of attempts); "uncertain" was interrupted mid hand-off. Made at start-up, so every series shows
 * from the first scrape (at 0), as Prometheus's rate() expects.
 */
@Startup
@ApplicationScoped
public class LetterMetrics {

    public static final String METER = "roundrobin.letters";
    private static final Object KEY = new Object();

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private Counter queued;
    private Counter sent;
    private Counter failed;
    private Counter uncertain;

    @PostConstruct
    void init() {
        queued = counter("queued");
        sent = counter("sent");
        failed = counter("failed");
        uncertain = counter("uncertain");
    }

    private Counter counter(String event) {
        return Counter.builder(METER).description("Letters by what happened to them").tag("event", event).register(registry);
    }

    /** One more letter stored in the current transaction: counted once it commits (one synchronisation per transaction). */
    void queuedOnCommit() {
        AtomicInteger n = (AtomicInteger) transactions.getResource(KEY);
        if (n == null) {
            AtomicInteger count = new AtomicInteger();
            transactions.putResource(KEY, count);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) queued.increment(count.get());
                }
            });
            n = count;
        }
        n.incrementAndGet();
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    void uncertain() {
        uncertain.increment();
    }
}
