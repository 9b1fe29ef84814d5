package com.salondesk.domain.booking;

import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the front desk can ask of a booking. Every command names who asks and when. */
public sealed interface BookingCommand {
    String bookingId();

    record Request(String bookingId, BookingDetails details, String actor, Instant now) implements BookingCommand {
    }

    record Confirm(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    /** Check the customer in; allowed from {@code window} before the start (the branch's setting). */
    record CheckIn(String bookingId, Duration window, String actor, Instant now) implements BookingCommand {
        public CheckIn(String bookingId, String actor, Instant now) {
            this(bookingId, Duration.ofMinutes(Branch.STANDARD_CHECK_IN_MINUTES), actor, now);
        }
    }

    /** Complete the appointment; like check-in, allowed from {@code window} before the start. */
    record Complete(String bookingId, Duration window, String actor, Instant now) implements BookingCommand {
        public Complete(String bookingId, String actor, Instant now) {
            this(bookingId, Duration.ofMinutes(Branch.STANDARD_CHECK_IN_MINUTES), actor, now);
        }
    }

    record MarkNoShow(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    /** Take back a no-show (the customer turned up late after all); {@code BookingPolicy} says when. */
    record UndoNoShow(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    record Cancel(String bookingId, CancelReason reason, String actor, Instant now) implements BookingCommand {
        /** A cancellation in the desk's own words. */
        public Cancel(String bookingId, String note, String actor, Instant now) {
            this(bookingId, CancelReason.other(note), actor, now);
        }
    }

    /**
     * Record that the booking lost its time to {@code rivalBookingIds} (its reservation in {@code staffId}'s day on
     * {@code date} was refused with {@code rejectionCode} when the server's order was applied). A booking that
     * holds no time (cancelled, no-show, or lost already) has nothing to lose.
     */
    record LoseTime(String bookingId, String staffId, LocalDate date, List<String> rivalBookingIds,
                    String rejectionCode, String actor, Instant now) implements BookingCommand {
        public LoseTime {
            rivalBookingIds = List.copyOf(rivalBookingIds);
        }
    }

    /** Move a booking that lost its time to {@code staffId}, {@code start}–{@code end}; see {@link BookingPolicy#move}. */
    record Move(String bookingId, String staffId, Instant start, Instant end, String actor, Instant now)
            implements BookingCommand {
    }

    /** Keep a booking that lost its time where it was, as an overbooking; see {@link BookingPolicy#keepAsOverbook}. */
    record KeepAsOverbook(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    /**
     * Move a booking that holds its time to {@code staffId}, {@code start}–{@code end} (another time, another stylist,
     * or a new length); see {@link BookingPolicy#reschedule}.
     */
    record Reschedule(String bookingId, String staffId, Instant start, Instant end, String actor, Instant now)
            implements BookingCommand {
    }

    /** Change what is booked ({@code services} at {@code price}) and the desk's {@code notes}; times stay. */
    record ChangeDetails(String bookingId, List<BookedService> services, Money price, String notes, String actor,
                         Instant now) implements BookingCommand {
        public ChangeDetails {
            services = List.copyOf(services);
            notes = notes == null ? "" : notes.strip();
        }
    }
}
