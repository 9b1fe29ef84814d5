package com.salondesk.domain.resource;

import com.salondesk.domain.shared.DomainEvent;
import java.time.LocalDate;
import java.time.LocalTime;

/** Facts about the use of one resource of a branch on one day. */
public sealed interface ResourceDayEvent extends DomainEvent {
    String bookingId();

    /** One unit held from start to end; {@code name} and {@code capacity} as the branch had them then. */
    record Reserved(String branchId, String resourceId, LocalDate date, String bookingId, LocalTime start,
                    LocalTime end, String name, int capacity) implements ResourceDayEvent {
    }

    record Released(String branchId, String resourceId, LocalDate date, String bookingId) implements ResourceDayEvent {
    }
}
