package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a booking asks of a stylist's day. */
public sealed interface StaffDayCommand {
    String staffId();

    LocalDate date();

    /**
     * Hold {@code slot} for a booking. {@code workingWindows} are the times the stylist works while the
     * branch is open that day (see {@link Availability}). {@code overbook} is a manager's deliberate choice
     * to double-book; it is recorded as such. {@code processing} (nullable) is the part of the slot the stylist is
     * free while the client's colour develops: another booking may hold it.
     */
    record Reserve(String staffId, LocalDate date, String bookingId, TimeRange slot, List<TimeRange> workingWindows,
                   boolean overbook, Instant now, @Nullable TimeRange processing) implements StaffDayCommand {
        public Reserve {
            workingWindows = List.copyOf(workingWindows);
            if (processing != null && !slot.contains(processing)) {
                throw new IllegalArgumentException("processing " + processing + " lies outside the slot " + slot);
            }
        }

        /** A reservation the stylist works through, with no processing gap. */
        public Reserve(String staffId, LocalDate date, String bookingId, TimeRange slot,
                       List<TimeRange> workingWindows, boolean overbook, Instant now) {
            this(staffId, date, bookingId, slot, workingWindows, overbook, now, null);
        }
    }

    /** Give a booking's time back (cancelled, no-show, moved). */
    record Release(String staffId, LocalDate date, String bookingId, Instant now) implements StaffDayCommand {
    }

    /**
     * Hold {@code slot} for a booking instead of the time it holds in this day now, if any (a booking dragged
     * within the day or resized; moved here from another day, it holds nothing here yet). Checked like a new
     * reservation, against everyone else's time; never an overbooking.
     */
    record Move(String staffId, LocalDate date, String bookingId, TimeRange slot, List<TimeRange> workingWindows,
                Instant now, @Nullable TimeRange processing) implements StaffDayCommand {
        public Move {
            workingWindows = List.copyOf(workingWindows);
            if (processing != null && !slot.contains(processing)) {
                throw new IllegalArgumentException("processing " + processing + " lies outside the slot " + slot);
            }
        }

        /** A move the stylist works through, with no processing gap. */
        public Move(String staffId, LocalDate date, String bookingId, TimeRange slot, List<TimeRange> workingWindows,
                    Instant now) {
            this(staffId, date, bookingId, slot, workingWindows, now, null);
        }
    }
}
