package com.salondesk.persistence.sync;

/** Why a call to the sync server did not go through; its message is in plain words. */
public abstract class SyncFailure extends RuntimeException {

    private final transient Problem problem;

    SyncFailure(String message, Problem problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** The server's problem document, when it sent one. */
    public Problem problem() {
        return problem;
    }
}
