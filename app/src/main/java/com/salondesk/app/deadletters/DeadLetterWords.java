package com.salondesk.app.deadletters;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterStatus;
import java.time.Instant;
import java.time.ZoneId;

/** How the dead-letters screen says things: statuses, times and attempts in plain words. */
public final class DeadLetterWords {

    private DeadLetterWords() {
    }

    public static String status(DeadLetterStatus status) {
        return Texts.get(switch (status) {
            case DEAD -> "deadLetters.status.dead";
            case PARKED -> "deadLetters.status.waiting";
            case RESOLVED -> "deadLetters.status.resolved";
            case SKIPPED -> "deadLetters.status.skipped";
        });
    }

    /** What the status means, for the status filter's list. */
    public static String statusChoice(DeadLetterStatus status) {
        return Texts.get(switch (status) {
            case DEAD -> "deadLetters.statusChoice.dead";
            case PARKED -> "deadLetters.statusChoice.waiting";
            case RESOLVED -> "deadLetters.statusChoice.resolved";
            case SKIPPED -> "deadLetters.statusChoice.skipped";
        });
    }

    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : Formats.instant(instant, zone);
    }

    /** The error as support staff read it: what failed, how often, since when, and how it ended. */
    public static String error(DeadLetter letter, ZoneId zone) {
        StringBuilder text = new StringBuilder(letter.error() == null ? "" : letter.error());
        if (letter.status() == DeadLetterStatus.PARKED) {
            text.append('\n').append(Texts.get("deadLetters.error.waiting"));
        } else {
            text.append('\n').append(Texts.get("deadLetters.error.tried", letter.attempts(),
                    when(letter.firstFailureAt(), zone), when(letter.lastFailureAt(), zone)));
        }
        if (letter.status() == DeadLetterStatus.SKIPPED) {
            text.append('\n').append(Texts.get("deadLetters.error.skipped", when(letter.resolvedAt(), zone),
                    letter.resolution()));
        } else if (letter.status() == DeadLetterStatus.RESOLVED) {
            text.append('\n').append(Texts.get("deadLetters.error.resolved", when(letter.resolvedAt(), zone),
                    letter.resolution()));
        }
        return text.toString();
    }
}
