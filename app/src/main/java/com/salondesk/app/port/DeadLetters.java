package com.salondesk.app.port;

import java.util.List;
import java.util.Optional;

/** The dead letters of this desk's event handlers, and the support person's ways out: retry or skip. */
public interface DeadLetters {

    List<DeadLetter> list(DeadLetterFilter filter);

    Optional<DeadLetter> find(long id);

    /** How many letters wait for a person (status DEAD). */
    int countDead();

    /** The names of the handlers that run on this desk. */
    List<String> handlers();

    /** Processes the dead letter again, then the events parked behind it; true when it went through. */
    boolean retry(long deadLetterId);

    /** Retries every dead letter; returns how many went through. */
    int retryAll();

    /** Passes over the dead letter; the reason is recorded as an event by the person at the desk. */
    void skip(long deadLetterId, String reason);

    /** The event at {@code position} of the log. */
    LoggedEvent eventAt(long position);
}
