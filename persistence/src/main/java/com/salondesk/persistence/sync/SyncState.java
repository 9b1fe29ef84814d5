package com.salondesk.persistence.sync;

import java.time.Instant;

/**
 * Where a desk stands with the sync server, for the status bar and the diagnostics screen.
 *
 * @param connection    online, offline, refused...
 * @param pending       events recorded here the server has not accepted yet
 * @param lastSuccess   when a sync round last went through; null: never
 * @param serverHead    the tenant's newest global position as last heard from the server
 * @param pulledThrough the newest global position this desk has received
 * @param rejected      events the server refused, shown on the diagnostics screen
 * @param problem       what is wrong, in plain words; null when nothing is
 */
public record SyncState(Connection connection, long pending, Instant lastSuccess, long serverHead, long pulledThrough,
                        long rejected, String problem) {

    /** How the desk is connected to its sync server. */
    public enum Connection {
        /** The desk has no sync server (standalone), or sync has not started. */
        NOT_CONNECTED,
        /** Sync started; the first round has not finished yet. */
        CONNECTING,
        /** The last round went through. */
        ONLINE,
        /** The server cannot be reached; the desk works on and tries again with growing pauses. */
        OFFLINE,
        /** The server does not accept the desk's token; sync stopped until the desk is connected again. */
        TOKEN_REFUSED,
        /** Headquarters revoked the desk; sync stopped, the desk keeps its data. */
        REVOKED
    }

    /** How many of the server's events this desk has not received yet. */
    public long lag() {
        return Math.max(0, serverHead - pulledThrough);
    }
}
