package com.salondesk.persistence.desk;

/** Where an event on the desk stands with the sync server. */
public enum SyncStatus {
    /** Recorded on this desk, not yet accepted by the server. */
    PENDING,
    /** Accepted by the server (or pulled from it); has a global position. */
    SYNCED,
    /** Refused by the server after a rebase; shown to a person as a conflict. */
    REJECTED
}
