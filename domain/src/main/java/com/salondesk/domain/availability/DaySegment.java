package com.salondesk.domain.availability;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of one stylist's day as the book shades it: free to book, held by a booking, the stylist free while a
 * client's colour develops, or blocked (the branch closed, a break, time off, not working). A stretch that runs to
 * midnight ends at {@link LocalTime#MAX}.
 */
public record DaySegment(LocalTime from, LocalTime to, Kind kind, String bookingId) {

    /** What a stretch of the stylist's day is. */
    public enum Kind { FREE, BOOKED, PROCESSING, BLOCKED }

    public DaySegment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a segment must end after it starts: " + from + " – " + to);
        }
        if ((bookingId != null) != (kind == Kind.BOOKED || kind == Kind.PROCESSING)) {
            throw new IllegalArgumentException("a " + kind + " segment " + (bookingId == null ? "needs" : "has no")
                    + " booking");
        }
    }
}
