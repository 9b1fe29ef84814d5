package com.salondesk.persistence.runtime;

/** Posted on the event bus while a projection is rebuilt beside the live one. */
public record ReplayProgress(String projection, long position, long head, boolean done) {

    /** Share of the log replayed so far, from 0 to 1. */
    public double fraction() {
        return head == 0 ? 1 : Math.min(1, (double) position / head);
    }
}
