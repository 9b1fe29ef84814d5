package com.salondesk.app.port;

/** A sync round could not be run; {@link #reason()} says why, for words on the screen. */
public final class SyncUnavailable extends RuntimeException {

    /** Why the round did not run. */
    public enum Reason {
        NOT_CONNECTED, SERVER_UNREACHABLE, TOKEN_REFUSED, REVOKED
    }

    private final Reason reason;

    public SyncUnavailable(Reason reason, Throwable cause) {
        super("sync round not run: " + reason, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
