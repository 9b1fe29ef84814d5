package com.salondesk.persistence.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A waitlist entry as the waitlist screen and the offer handler see it: who waits for what (names beside the ids,
 * empty when the directory does not know them), where it stands ({@code WAITING}, {@code OFFERED}, {@code BOOKED},
 * {@code LEFT}), and the open offer, if any. {@code staffId}, {@code earliest} and {@code latest} may be null.
 */
public record WaitlistEntryView(String entryId, String customerId, String customerName, String branchId,
                                String serviceId, String serviceName, String staffId, String staffName,
                                LocalDate wantedFrom, LocalDate wantedTo, LocalTime earliest, LocalTime latest,
                                String note, String status, long joinedPosition, OffsetDateTime joinedAt,
                                Optional<Offer> offer, String bookingId) {

    /** The freed time offered to the entry: {@code staffId} from {@code start} to {@code end}, branch's local time. */
    public record Offer(String offerId, String freedBookingId, String staffId, String staffName, LocalDateTime start,
                        LocalDateTime end, String deviceId) {
    }

    public boolean isOpen() {
        return "WAITING".equals(status) || "OFFERED".equals(status);
    }
}
