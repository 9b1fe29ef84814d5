package com.salondesk.domain.booking;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** Facts in a booking's life. Wire names are in docs/events.md. */
public sealed interface BookingEvent extends DomainEvent {
    String bookingId();

    record Created(String bookingId, String customerId, String branchId, String staffId, String serviceId,
                   Instant start, Instant end, Money price) implements BookingEvent {
        public BookingDetails details() {
            return new BookingDetails(customerId, branchId, staffId, serviceId, start, end, price);
        }
    }

    record Confirmed(String bookingId) implements BookingEvent {
    }

    record CheckedIn(String bookingId) implements BookingEvent {
    }

    record Completed(String bookingId) implements BookingEvent {
    }

    record NoShowRecorded(String bookingId) implements BookingEvent {
    }

    record Cancelled(String bookingId, String reason) implements BookingEvent {
    }
}
