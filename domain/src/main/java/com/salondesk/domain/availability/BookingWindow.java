package com.salondesk.domain.availability;

import java.time.Duration;
import java.util.Objects;

/**
 * How soon and how far ahead a visit may start, counted from the moment one asks: no later than two hours from now
 * is too late to prepare, more than ninety days ahead is not in the book yet.
 */
public record BookingWindow(Duration minimumNotice, Duration furthestAhead) {

    public BookingWindow {
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(furthestAhead, "furthestAhead");
        if (minimumNotice.isNegative() || furthestAhead.compareTo(minimumNotice) < 0) {
            throw new IllegalArgumentException("the booking window runs from " + minimumNotice + " to " + furthestAhead
                    + ": the notice cannot be negative nor longer than how far ahead one may book");
        }
    }

    /** Any time from now on, up to a year ahead. */
    public static BookingWindow openYear() {
        return new BookingWindow(Duration.ZERO, Duration.ofDays(366));
    }
}
