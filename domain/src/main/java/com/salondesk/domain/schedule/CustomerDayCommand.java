package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;

/** What a booking asks of its customer's day. */
public sealed interface CustomerDayCommand {
    String customerId();

    LocalDate date();

    /**
     * Hold {@code slot} of the customer's day for a booking. {@code overbook} is the same manager's choice
     * that lets a stylist be double-booked: the customer is then booked twice at once on purpose.
     */
    record Reserve(String customerId, LocalDate date, String bookingId, TimeRange slot, boolean overbook,
                   Instant now) implements CustomerDayCommand {
    }

    /** Give a booking's time back (cancelled, no-show). */
    record Release(String customerId, LocalDate date, String bookingId, Instant now) implements CustomerDayCommand {
    }

    /** Hold {@code slot} for a booking instead of the time it holds in this day now, if any; never twice at once. */
    record Move(String customerId, LocalDate date, String bookingId, TimeRange slot, Instant now)
            implements CustomerDayCommand {
    }
}
