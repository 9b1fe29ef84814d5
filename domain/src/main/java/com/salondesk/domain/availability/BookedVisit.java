package com.salondesk.domain.availability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking as it occupies the book: its services in the order the client has them, and the client (none for a
 * block the desk holds without a client). A stylist doing the next service of the same visit tidies up after
 * that one, so a part's cleanup is left out when the next part is theirs.
 */
public record BookedVisit(String bookingId, Optional<String> customerId, List<BookedPart> parts) {

    public BookedVisit {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("booking " + bookingId + " occupies no time");
        }
    }

    public static BookedVisit of(String bookingId, String customerId, List<BookedPart> parts) {
        return new BookedVisit(bookingId, Optional.of(customerId), parts);
    }

    /** Whether the part at {@code index} ends with its stylist's cleanup. */
    public boolean cleansUpAfter(int index) {
        return index == parts.size() - 1 || !parts.get(index + 1).staffId().equals(parts.get(index).staffId());
    }
}
