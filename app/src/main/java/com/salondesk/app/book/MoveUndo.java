package com.salondesk.app.book;

import java.time.LocalDateTime;

/** Where a moved booking was before, so that Undo moves it back; {@code label} names it for the Undo button. */
public record MoveUndo(String bookingId, String label, String staffId, LocalDateTime start, LocalDateTime end) {
}
