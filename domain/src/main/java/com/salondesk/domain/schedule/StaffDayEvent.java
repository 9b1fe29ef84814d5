package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** Facts about the time in one stylist's day. */
public sealed interface StaffDayEvent extends DomainEvent {
    String bookingId();

    /**
     * The stylist's time from {@code start} to {@code end} is the booking's, except from {@code processingStart} to
     * {@code processingEnd} (both null: no such gap), while a client's colour develops and the stylist may take
     * another client. Schema 2; schema 1 had no processing.
     */
    record SlotReserved(String staffId, LocalDate date, String bookingId, LocalTime start, LocalTime end,
                        boolean overbooked, @Nullable LocalTime processingStart, @Nullable LocalTime processingEnd)
            implements StaffDayEvent {

        /** A reservation the stylist works through. */
        public SlotReserved(String staffId, LocalDate date, String bookingId, LocalTime start, LocalTime end,
                            boolean overbooked) {
            this(staffId, date, bookingId, start, end, overbooked, null, null);
        }

        /** The processing gap, if the reservation has one. */
        public @Nullable TimeRange processing() {
            return processingStart == null || processingEnd == null ? null
                    : new TimeRange(processingStart, processingEnd);
        }
    }

    record SlotReleased(String staffId, LocalDate date, String bookingId) implements StaffDayEvent {
    }
}
