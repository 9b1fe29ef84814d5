package com.salondesk.app.deadletters;

import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the dead-letters screen says things: statuses, times and attempts in plain words. */
public final class DeadLetterWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

    private DeadLetterWords() {
    }

    public static String status(DeadLetterStatus status) {
        return switch (status) {
            case DEAD -> "Dead";
            case PARKED -> "Waiting";
            case RESOLVED -> "Resolved";
            case SKIPPED -> "Skipped";
        };
    }

    /** What the status means, for the status filter's list. */
    public static String statusChoice(DeadLetterStatus status) {
        return switch (status) {
            case DEAD -> "Dead: needs a person";
            case PARKED -> "Waiting behind a dead one";
            case RESOLVED -> "Resolved on a retry";
            case SKIPPED -> "Skipped with a reason";
        };
    }

    public static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** The error as support staff read it: what failed, how often, since when, and how it ended. */
    public static String error(DeadLetter letter, ZoneId zone) {
        StringBuilder text = new StringBuilder(letter.error() == null ? "" : letter.error());
        if (letter.status() == DeadLetterStatus.PARKED) {
            text.append("\nIt goes through once the dead letter before it is retried or skipped.");
        } else {
            text.append("\nTried ").append(letter.attempts()).append(letter.attempts() == 1 ? " time" : " times")
                    .append("; first failure ").append(when(letter.firstFailureAt(), zone))
                    .append(", last ").append(when(letter.lastFailureAt(), zone)).append('.');
        }
        if (letter.status() == DeadLetterStatus.SKIPPED) {
            text.append("\nSkipped ").append(when(letter.resolvedAt(), zone)).append(": ").append(letter.resolution());
        } else if (letter.status() == DeadLetterStatus.RESOLVED) {
            text.append("\nResolved ").append(when(letter.resolvedAt(), zone)).append(": ").append(letter.resolution())
                    .append('.');
        }
        return text.toString();
    }
}
