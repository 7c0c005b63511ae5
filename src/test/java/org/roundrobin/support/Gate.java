package org.roundrobin.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds work in place for a test: each {@link #hold} says it has started, then waits until the test {@link #open}s
 * the gate (30 s at most), so that the test can see who queues behind it meanwhile.
 */
public final class Gate {

    private final CountDownLatch held;
    private final CountDownLatch release = new CountDownLatch(1);

    /** A gate for {@code holders} pieces of work. */
    public Gate(int holders) {
        held = new CountDownLatch(holders);
    }

    /** The held work itself: true once opened, false if the test never opened it. */
    public boolean hold() {
        held.countDown();
        try {
            return release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True once every holder has started (waits 10 s at most). */
    public boolean allHeld() throws InterruptedException {
        return held.await(10, TimeUnit.SECONDS);
    }

    public void open() {
        release.countDown();
    }
}
