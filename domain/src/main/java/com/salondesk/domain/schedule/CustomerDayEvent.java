package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.DomainEvent;
import java.time.LocalDate;
import java.time.LocalTime;

/** Facts about the time in one customer's day; wire names in docs/events.md. */
public sealed interface CustomerDayEvent extends DomainEvent {
    String bookingId();

    record VisitReserved(String customerId, LocalDate date, String bookingId, LocalTime start, LocalTime end,
                         boolean overbooked) implements CustomerDayEvent {
    }

    record VisitReleased(String customerId, LocalDate date, String bookingId) implements CustomerDayEvent {
    }
}
