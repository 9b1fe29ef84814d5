package com.salondesk.e2e.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something another process or thread brings about, checking often and giving up only after a
 * generous time: the tests assert what is reached, never how long it took.
 */
public final class Eventually {

    /** Long enough for a loaded CI machine with two cores shared by several builds. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private Eventually() {
    }

    public static void await(String what, BooleanSupplier condition) {
        await(what, PATIENCE, condition, () -> "");
    }

    /** As {@link #await(String, BooleanSupplier)}; {@code state} says, on failure, where things stood. */
    public static void await(String what, BooleanSupplier condition, Supplier<String> state) {
        await(what, PATIENCE, condition, state);
    }

    public static void await(String what, Duration patience, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + patience.toNanos();
        RuntimeException lastFailure = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                lastFailure = null;
            } catch (RuntimeException e) {
                // A server being restarted, a desk not yet open: try again until the deadline.
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                AssertionError failure = new AssertionError("waited " + patience.toSeconds() + " s for " + what
                        + "; " + state.get());
                if (lastFailure != null) {
                    failure.initCause(lastFailure);
                }
                throw failure;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
