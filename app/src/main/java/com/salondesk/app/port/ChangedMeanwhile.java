package com.salondesk.app.port;

/** Someone else changed the same thing at the same moment; nothing of this change was written. */
public final class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(Throwable cause) {
        super("changed by someone else at the same moment", cause);
    }
}
