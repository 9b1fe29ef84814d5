package com.salondesk.app.deadletters;

import com.salondesk.app.language.Texts;
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
        if (outcome.through()) {
            return Texts.get("deadLetters.retried", letter.handler(), letter.eventType(), outcome.waiting());
        }
        if (outcome.after().status() == DeadLetterStatus.RESOLVED) {
            return Texts.get("deadLetters.retriedNextFailed", letter.handler(), letter.eventType());
        }
        return Texts.get("deadLetters.retryFailed", letter.handler(), letter.eventType(), outcome.after().error());
    }

    static String retriedAll(RetryAll outcome) {
        if (outcome.before() == 0) {
            return Texts.get("deadLetters.retriedAll.none");
        }
        if (outcome.after() == 0) {
            return Texts.get("deadLetters.retriedAll.through", outcome.before());
        }
        return Texts.get("deadLetters.retriedAll.some", outcome.before(), outcome.through(), outcome.after());
    }

    static String skipped(DeadLetter letter, Skip outcome) {
        if (outcome.streamStillBlocked()) {
            return Texts.get("deadLetters.skippedNextFailed", letter.handler(), letter.eventType());
        }
        return Texts.get("deadLetters.skipped", letter.handler(), letter.eventType(), outcome.waiting());
    }
}
