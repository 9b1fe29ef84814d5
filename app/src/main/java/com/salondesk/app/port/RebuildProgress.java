package com.salondesk.app.port;

/** How far a read model's rebuild has come: events replayed of the log's head. */
public record RebuildProgress(String readModel, long position, long head) {

    /** Share of the log replayed so far, from 0 to 1. */
    public double fraction() {
        return head == 0 ? 1 : Math.min(1, (double) position / head);
    }
}
