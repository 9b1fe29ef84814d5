package com.salondesk.domain.booking;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Facts in a booking's life. Wire names are in docs/events.md. */
public sealed interface BookingEvent extends DomainEvent {
    String bookingId();

    /**
     * Schema version 2: {@code services} lists what is booked. Version 1 had a single {@code serviceId};
     * the persistence module's upcaster turns stored v1 payloads into this shape.
     */
    record Created(String bookingId, String customerId, String branchId, String staffId, List<BookedService> services,
                   Instant start, Instant end, Money price) implements BookingEvent {
        public Created {
            services = List.copyOf(services);
        }

        public static Created of(String bookingId, BookingDetails d) {
            return new Created(bookingId, d.customerId(), d.branchId(), d.staffId(), d.services(), d.start(), d.end(),
                    d.price());
        }

        /** A booking of one service, as v1 recorded it. */
        public static Created single(String bookingId, String customerId, String branchId, String staffId,
                                     String serviceId, Instant start, Instant end, Money price) {
            return of(bookingId, BookingDetails.single(customerId, branchId, staffId, serviceId, start, end, price));
        }

        public BookingDetails details() {
            return new BookingDetails(customerId, branchId, staffId, services, start, end, price);
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

    /** A no-show taken back the same day: the booking is back at {@code status} (requested or confirmed). */
    record NoShowUndone(String bookingId, BookingStatus status) implements BookingEvent {
    }

    /**
     * {@code reason} is the desk's own words (may be empty when a category says enough). {@code category} was
     * added later: bookings cancelled before it have none, which reads as {@link CancelReason.Category#OTHER}.
     */
    record Cancelled(String bookingId, String reason, CancelReason.Category category) implements BookingEvent {
        public Cancelled(String bookingId, String reason) {
            this(bookingId, reason, CancelReason.Category.OTHER);
        }

        public CancelReason.Category categoryOrOther() {
            return category == null ? CancelReason.Category.OTHER : category;
        }
    }

    /**
     * The booking lost its time: when the server's order was applied, its reservation in {@code staffId}'s day on
     * {@code date} was refused ({@code rejectionCode}, e.g. {@code schedule.slot-taken}) because another desk's
     * {@code rivalBookingIds} got there first. From now on it holds no time, in the stylist's day or the customer's,
     * until it is moved ({@link Moved}), kept as an overbooking ({@link KeptAsOverbook}) or cancelled.
     */
    record TimeLost(String bookingId, String staffId, LocalDate date, List<String> rivalBookingIds,
                    String rejectionCode, Instant at) implements BookingEvent {
        public TimeLost {
            rivalBookingIds = List.copyOf(rivalBookingIds);
        }
    }

    /**
     * A booking that had lost its time moved to a new one, with {@code staffId} from {@code start} to {@code end};
     * the new time was reserved in the same command, so it holds time again.
     */
    record Moved(String bookingId, String staffId, Instant start, Instant end) implements BookingEvent {
    }

    /**
     * A booking that had lost its time is kept where it was, as a manager's deliberate overbooking: its time is held
     * again (the reservation says {@code overbooked}).
     */
    record KeptAsOverbook(String bookingId) implements BookingEvent {
    }

    /**
     * A booking that held its time moved to {@code staffId} from {@code start} to {@code end} (dragged to another
     * time or stylist, or resized), from where it was before ({@code previous…}); the old time was given back and
     * the new one reserved in the same command.
     */
    record Rescheduled(String bookingId, String staffId, Instant start, Instant end, String previousStaffId,
                       Instant previousStart, Instant previousEnd) implements BookingEvent {
    }

    /** What is booked changed to {@code services} at {@code price} (their total), and the desk's {@code notes}. */
    record DetailsChanged(String bookingId, List<BookedService> services, Money price, String notes)
            implements BookingEvent {
        public DetailsChanged {
            services = List.copyOf(services);
            notes = notes == null ? "" : notes;
        }
    }
}
