package com.salondesk.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (RFC 9562 version 7). Ids made on one device sort in the order they were made,
 * even within one millisecond, which keeps index inserts cheap.
 */
public final class UuidV7 {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Milliseconds in the high bits, a 12-bit counter in the low bits; strictly increasing. */
    private static final AtomicLong LAST = new AtomicLong();

    private UuidV7() {
    }

    public static UUID next() {
        long now = System.currentTimeMillis() << 12;
        long stamp = LAST.updateAndGet(prev -> Math.max(prev + 1, now));
        long millis = stamp >>> 12;
        long counter = stamp & 0xFFF;
        long msb = (millis << 16) | (0x7L << 12) | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
