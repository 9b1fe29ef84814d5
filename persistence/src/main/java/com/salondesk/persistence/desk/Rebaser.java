package com.salondesk.persistence.desk;

/**
 * Decides a superseded stream's commands again on the server's state. Called off the JavaFX thread once
 * the pulled events that displaced them are committed, and again on the next start for anything left
 * unsettled, so it must be safe to run twice. It settles every event of the stream
 * ({@link DeskEventLog#settle}, or in the transaction of the append that replaces them).
 */
@FunctionalInterface
public interface Rebaser {
    void rebase(SupersededStream stream);
}
