package com.salondesk.app.port;

import java.time.Instant;

/**
 * How this desk stands with the chain's sync server, as the main window and the diagnostics screen show it.
 *
 * @param lastSuccess    when a round last went through; null before the first one
 * @param serverHead     the newest position the server announced (0 when not known yet)
 * @param pulledThrough  the server's position this desk has taken everything up to
 * @param refused        this desk's events the server refused as invalid
 * @param problem        the last problem in words for support (may be empty); not for the front desk
 */
public record SyncView(Connection connection, long pending, Instant lastSuccess, long serverHead, long pulledThrough,
                       long refused, String problem) {

    /** A standalone desk: never synced, nothing known about any server. */
    public static SyncView standalone(long pending) {
        return new SyncView(Connection.NOT_CONNECTED, pending, null, 0, 0, 0, "");
    }

    /** Whether the desk is connected to the chain's server, and whether it may talk to it. */
    public enum Connection {
        /** Standalone: no server configured. */
        NOT_CONNECTED,
        CONNECTING,
        ONLINE,
        OFFLINE,
        /** The server does not know the desk's token (401): a new one is needed. */
        TOKEN_REFUSED,
        /** Headquarters revoked this device (403): it stops syncing and keeps its data. */
        REVOKED
    }

    /** How many of the server's events this desk has not taken yet. */
    public long lag() {
        return Math.max(0, serverHead - pulledThrough);
    }
}
