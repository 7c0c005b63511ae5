package org.roundrobin.support;

import java.util.function.BooleanSupplier;

/** Waits for background work (a job) to reach a state; gives up with an error after a generous time. */
public final class Poll {

    private Poll() {
    }

    public static void until(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("gave up waiting: " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting: " + what);
            }
        }
    }
}
