package com.salondesk.domain.availability;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A visit the branch can take: its services back to back from {@code start}, each with the stylist who is free. */
public record VisitSlot(List<PlannedPart> parts) {

    public VisitSlot {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a visit has at least one service");
        }
    }

    public LocalDateTime start() {
        return parts.getFirst().start();
    }

    /** When the client leaves. */
    public LocalDateTime end() {
        return parts.getLast().end();
    }

    /** The booking that takes this slot, to apply to the engine once it is made. */
    public BookedVisit toBooking(String bookingId, Optional<String> customerId) {
        return new BookedVisit(bookingId, customerId,
                parts.stream().map(p -> BookedPart.of(p.service(), p.staffId(), p.start())).toList());
    }
}
