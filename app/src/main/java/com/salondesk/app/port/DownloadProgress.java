package com.salondesk.app.port;

import java.time.Duration;

/**
 * How far the first download of the chain's history has come.
 *
 * @param total    events the server held when the download began (0 when not known)
 * @param timeLeft null while it cannot be estimated
 */
public record DownloadProgress(long received, long total, double eventsPerSecond, Duration timeLeft) {

    /** Done so far, from 0 to 1; -1 (indeterminate) while the total is not known. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1, (double) received / total);
    }
}
