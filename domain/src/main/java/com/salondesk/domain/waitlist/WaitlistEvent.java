package com.salondesk.domain.waitlist;

import com.salondesk.domain.shared.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Facts about one customer waiting for a time ({@code waitlist-<entryId>}); wire names in docs/events.md. */
public sealed interface WaitlistEvent extends DomainEvent {
    String entryId();

    /** A customer joined the waitlist with this wish (see {@link Wish}; {@code staffId}, the times may be null). */
    record Joined(String entryId, String customerId, String branchId, String serviceId, String staffId,
                  LocalDate wantedFrom, LocalDate wantedTo, LocalTime earliest, LocalTime latest, String note)
            implements WaitlistEvent {

        public Wish wish() {
            return new Wish(customerId, branchId, serviceId, staffId, wantedFrom, wantedTo, earliest, latest, note);
        }
    }

    /**
     * The time {@code freedBookingId} gave back fits the wish: {@code staffId} from {@code start} to {@code end} (the
     * branch's local time) was free when offered at {@code offeredAt}. {@code offerId} comes from the freed booking
     * and the entry, so the same freed time is never offered to the same entry twice.
     */
    record SlotOffered(String entryId, String offerId, String freedBookingId, String staffId, LocalDateTime start,
                       LocalDateTime end, Instant offeredAt) implements WaitlistEvent {
    }

    /** The customer did not take the offer (or could not be reached); the entry waits again. */
    record OfferDeclined(String entryId, String offerId, String reason) implements WaitlistEvent {
    }

    /** The offer was booked: {@code bookingId} is the new booking; the entry is closed. */
    record Booked(String entryId, String offerId, String bookingId) implements WaitlistEvent {
    }

    /** The customer no longer waits, for {@code reason} (the desk's words, may be empty); the entry is closed. */
    record Left(String entryId, String reason) implements WaitlistEvent {
    }
}
