package com.salondesk.persistence.sync;

/** The server does not know this desk's device token (401): the desk must be connected again. */
public final class TokenRefused extends SyncFailure {
    public TokenRefused(String message, Problem problem) {
        super(message, problem, null);
    }
}
