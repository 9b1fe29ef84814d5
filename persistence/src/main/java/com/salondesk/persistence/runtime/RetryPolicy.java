package com.salondesk.persistence.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a projection or handler retries a failing event: exponential backoff from
 * {@code baseDelay}, capped at {@code maxDelay}, with full jitter so that handlers failing together do
 * not retry in lock-step.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** Five attempts over about half a minute. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(15));

    /** For a read model: from 200 ms, doubling, at most 30 s apart, for as long as it fails. */
    public static final RetryPolicy UNTIL_FIXED =
            new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(200), Duration.ofSeconds(30));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a handler needs at least one attempt, not " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= base <= max, were " + baseDelay + " and " + maxDelay);
        }
    }

    /** The wait before attempt {@code nextAttempt} (2 for the first retry): random in [0, min(cap, base·2^(n-2))]. */
    public Duration delayBefore(int nextAttempt, RandomGenerator random) {
        int exponent = Math.min(30, Math.max(0, nextAttempt - 2));
        long ceiling = Math.min(maxDelay.toNanos(), saturatedShift(baseDelay.toNanos(), exponent));
        return Duration.ofNanos(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
    }

    private static long saturatedShift(long value, int bits) {
        return value > (Long.MAX_VALUE >> bits) ? Long.MAX_VALUE : value << bits;
    }
}
