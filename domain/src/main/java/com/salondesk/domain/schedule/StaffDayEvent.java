package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.DomainEvent;
import java.time.LocalDate;
import java.time.LocalTime;

/** Facts about the time in one stylist's day. */
public sealed interface StaffDayEvent extends DomainEvent {
    String bookingId();

    record SlotReserved(String staffId, LocalDate date, String bookingId, LocalTime start, LocalTime end,
                        boolean overbooked) implements StaffDayEvent {
    }

    record SlotReleased(String staffId, LocalDate date, String bookingId) implements StaffDayEvent {
    }
}
