package com.salondesk.persistence.sync;

import java.time.Duration;

/** A finished catch-up: events stored (of other desks), the server's head reached, and how long it took. */
public record CatchUp(long received, long head, Duration took) {

    public double eventsPerSecond() {
        return took.isZero() ? received : received / (took.toNanos() / 1e9);
    }
}
