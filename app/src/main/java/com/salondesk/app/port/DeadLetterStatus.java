package com.salondesk.app.port;

/** Where a dead letter stands. */
public enum DeadLetterStatus {
    /** The handler gave up after its last attempt; a person decides. */
    DEAD,
    /** A later event of the same stream, held back so the handler sees the stream in order. */
    PARKED,
    /** Processed after all, on a retry. */
    RESOLVED,
    /** Passed over by a person, with a reason recorded as an event. */
    SKIPPED;

    public boolean isOpen() {
        return this == DEAD || this == PARKED;
    }
}
