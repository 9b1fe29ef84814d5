package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a booking asks of a stylist's day. */
public sealed interface StaffDayCommand {
    String staffId();

    LocalDate date();

    /**
     * Hold {@code slot} for a booking. {@code workingWindows} are the times the stylist works while the
     * branch is open that day (see {@link Availability}). {@code overbook} is a manager's deliberate choice
     * to double-book; it is recorded as such.
     */
    record Reserve(String staffId, LocalDate date, String bookingId, TimeRange slot, List<TimeRange> workingWindows,
                   boolean overbook, Instant now) implements StaffDayCommand {
        public Reserve {
            workingWindows = List.copyOf(workingWindows);
        }
    }

    /** Give a booking's time back (cancelled, no-show, moved). */
    record Release(String staffId, LocalDate date, String bookingId, Instant now) implements StaffDayCommand {
    }
}
