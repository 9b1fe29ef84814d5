package com.salondesk.persistence.sync;

import java.time.Duration;

/**
 * How far a catch-up is: events received of those the server had when it began (by global position), the
 * rate so far and the time it will still take at that rate.
 */
public record CatchUpProgress(long received, long total, double eventsPerSecond, Duration timeLeft) {

    /** Received as a share of the total, from 0 to 1. */
    public double fraction() {
        return total <= 0 ? 1 : Math.min(1, (double) received / total);
    }
}
