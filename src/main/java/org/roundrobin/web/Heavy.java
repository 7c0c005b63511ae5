package org.roundrobin.web;

import jakarta.ws.rs.ServiceUnavailableException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Pages that hold megabytes while they are made, such as a report or a shared page listing thousands of authorities
 * (their rows, then a few MB of HTML built as one string and encoded): at most {@link #AT_ONCE} are made at a time,
 * and the rest queue, fairly. Sixteen reports of a 50,000-authority campaign opened at once ran a 192 MB heap out,
 * and H2 closes its database on an {@code OutOfMemoryError}. Call it outside the page's transaction, so that a
 * request waiting here holds no pool connection.
 */
public final class Heavy {

    static final int AT_ONCE = 2;
    /** How long a page waits for its turn before it (not the service) gives up. */
    static final int WAIT_SECONDS = 60;
    private static final Semaphore TURNS = new Semaphore(AT_ONCE, true);

    private Heavy() {
    }

    /** Runs {@code work} when its turn comes; a 503 if it has not come within {@link #WAIT_SECONDS}. */
    public static <T> T run(Supplier<T> work) {
        try {
            if (!TURNS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ServiceUnavailableException("Many large pages are being made just now; try again in a minute", 60L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while waiting to make the page", 60L);
        }
        try {
            return work.get();
        } finally {
            TURNS.release();
        }
    }

    /** Requests waiting for their turn (tests). */
    static int waiting() {
        return TURNS.getQueueLength();
    }
}
