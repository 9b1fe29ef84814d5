package com.salondesk.domain.resource;

import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;

/** What a booking asks of one resource's day at a branch (its basins, its rooms). */
public sealed interface ResourceDayCommand {
    String branchId();

    String resourceId();

    LocalDate date();

    /**
     * Hold one unit of the resource for the client's time of a booking; {@code capacity} and {@code name} are the
     * resource's as the branch has it now.
     */
    record Reserve(String branchId, String resourceId, LocalDate date, String bookingId, TimeRange slot, String name,
                   int capacity, Instant now) implements ResourceDayCommand {
    }

    /** Give the booking's unit back (cancelled, no-show, moved). */
    record Release(String branchId, String resourceId, LocalDate date, String bookingId, Instant now)
            implements ResourceDayCommand {
    }

    /**
     * Hold one unit for the booking's new time instead of the one it holds in this day now, if any (a booking moved or
     * resized on the book; moved here from another day, it holds nothing here yet). Checked like a new reservation.
     */
    record Move(String branchId, String resourceId, LocalDate date, String bookingId, TimeRange slot, String name,
                int capacity, Instant now) implements ResourceDayCommand {
    }
}
