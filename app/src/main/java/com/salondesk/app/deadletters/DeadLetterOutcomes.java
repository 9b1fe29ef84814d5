package com.salondesk.app.deadletters;

import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterStatus;

/** What came of a retry or a skip on the dead-letters screen, and how the screen says it. */
final class DeadLetterOutcomes {

    private DeadLetterOutcomes() {
    }

    record Retry(boolean through, int waiting, DeadLetter after) {
    }

    record RetryAll(int before, int through, int after) {
    }

    record Skip(int waiting, boolean streamStillBlocked) {
    }

    static String retried(DeadLetter letter, Retry outcome) {
        String event = "the " + letter.eventType() + " event";
        if (outcome.through()) {
            return "Done: " + letter.handler() + " has now processed " + event + behind(outcome.waiting()) + ".";
        }
        if (outcome.after().status() == DeadLetterStatus.RESOLVED) {
            return letter.handler() + " processed " + event + ", but an event waiting behind it failed in turn;"
                   + " it is now listed as dead.";
        }
        return letter.handler() + " failed again on " + event + ": " + outcome.after().error()
               + ". It stays here: try again once the cause is fixed, or skip it.";
    }

    static String retriedAll(RetryAll outcome) {
        if (outcome.before() == 0) {
            return "There were no dead letters to try again.";
        }
        if (outcome.after() == 0) {
            return outcome.before() == 1 ? "Done: the dead letter went through."
                    : "Done: all " + outcome.before() + " dead letters went through.";
        }
        return "Tried " + outcome.before() + (outcome.before() == 1 ? " dead letter" : " dead letters") + " again: "
               + outcome.through() + " went through, " + outcome.after() + " still "
               + (outcome.after() == 1 ? "fails" : "fail") + ". Select one to see why.";
    }

    static String skipped(DeadLetter letter, Skip outcome) {
        String done = "Skipped: " + letter.handler() + " passes over the " + letter.eventType()
                      + " event, and the reason is kept in the desk's log";
        if (outcome.streamStillBlocked()) {
            return done + ". An event waiting behind it failed in turn; it is now listed as dead.";
        }
        return done + (outcome.waiting() == 0 ? "." : "; " + waitingWords(outcome.waiting()) + " behind it went through.");
    }

    private static String behind(int waiting) {
        return waiting == 0 ? "" : " and the " + waitingWords(waiting) + " behind it";
    }

    private static String waitingWords(int waiting) {
        return waiting == 1 ? "1 event waiting" : waiting + " events waiting";
    }
}
