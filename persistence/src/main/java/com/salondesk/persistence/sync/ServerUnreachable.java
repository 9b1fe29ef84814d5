package com.salondesk.persistence.sync;

/** The sync server could not be reached, did not answer in time, or failed (5xx): try again later. */
public final class ServerUnreachable extends SyncFailure {
    public ServerUnreachable(String message, Problem problem, Throwable cause) {
        super(message, problem, cause);
    }
}
