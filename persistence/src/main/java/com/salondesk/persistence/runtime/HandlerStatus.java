package com.salondesk.persistence.runtime;

/**
 * The one status model of the {@link EventRuntime}, for a projection or a handler alike: where it stands, how far
 * behind the log, how often it failed, whether it is retrying, and its dead and parked letters.
 */
public record HandlerStatus(String handler, long position, long head, long failures, int retrying,
                            int deadLetters, int parked) {
    public long lag() {
        return Math.max(0, head - position);
    }
}
