package com.salondesk.app.book;

import java.time.LocalTime;

/** A booking dropped on the book: to {@code staffId}'s column from {@code start} to {@code end} (a move or a resize). */
public record BlockMove(BookingBlock booking, String staffId, LocalTime start, LocalTime end) {

    /** Whether it was dropped where it already is. */
    public boolean changesNothing() {
        return booking.staffId().equals(staffId) && booking.start().equals(start) && booking.end().equals(end);
    }
}
