package com.salondesk.app.port;

/** Tells screens that the read models moved on (a booking here, or events from elsewhere). */
public interface DeskChanges {

    /** Runs {@code listener} after the read models change; on the FX thread in the app. */
    void onChange(Runnable listener);
}
