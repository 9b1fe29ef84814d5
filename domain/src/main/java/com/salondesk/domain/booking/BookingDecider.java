package com.salondesk.domain.booking;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/**
 * A booking's lifecycle: requested → confirmed → checked in → completed, or cancelled / no-show.
 * Whether the stylist is free is the {@code StaffDay}'s decision, not this one's.
 */
public final class BookingDecider implements Decider<BookingCommand, Booking, BookingEvent> {

    public static String streamId(String bookingId) {
        return "booking-" + bookingId;
    }

    @Override
    public Booking initialState() {
        return new Booking.None();
    }

    @Override
    public List<BookingEvent> decide(BookingCommand command, Booking state) {
        return switch (command) {
            case BookingCommand.Request r -> request(r, state);
            case BookingCommand.Confirm c -> switch (state) {
                case Booking.Requested b -> List.of(new BookingEvent.Confirmed(b.bookingId()));
                case Booking.Confirmed b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-confirm", "confirm", b);
            };
            case BookingCommand.CheckIn c -> switch (state) {
                case Booking.Requested b -> List.of(new BookingEvent.CheckedIn(b.bookingId()));
                case Booking.Confirmed b -> List.of(new BookingEvent.CheckedIn(b.bookingId()));
                case Booking.CheckedIn b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-check-in", "check in", b);
            };
            case BookingCommand.Complete c -> switch (state) {
                case Booking.CheckedIn b -> List.of(new BookingEvent.Completed(b.bookingId()));
                case Booking.Completed b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-complete", "complete", b);
            };
            case BookingCommand.MarkNoShow c -> switch (state) {
                case Booking.Requested b -> noShow(c, b);
                case Booking.Confirmed b -> noShow(c, b);
                case Booking.NoShow b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-mark-no-show", "mark as a no-show", b);
            };
            case BookingCommand.Cancel c -> switch (state) {
                case Booking.Requested b -> List.of(new BookingEvent.Cancelled(b.bookingId(), reason(c)));
                case Booking.Confirmed b -> List.of(new BookingEvent.Cancelled(b.bookingId(), reason(c)));
                case Booking.Cancelled b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-cancel", "cancel", b);
            };
        };
    }

    @Override
    public Booking evolve(Booking state, BookingEvent event) {
        return switch (event) {
            case BookingEvent.Created c -> new Booking.Requested(c.bookingId(), c.details());
            case BookingEvent.Confirmed c -> state instanceof Booking.Existing b
                    ? new Booking.Confirmed(b.bookingId(), b.details()) : state;
            case BookingEvent.CheckedIn c -> state instanceof Booking.Existing b
                    ? new Booking.CheckedIn(b.bookingId(), b.details()) : state;
            case BookingEvent.Completed c -> state instanceof Booking.Existing b
                    ? new Booking.Completed(b.bookingId(), b.details()) : state;
            case BookingEvent.NoShowRecorded n -> state instanceof Booking.Existing b
                    ? new Booking.NoShow(b.bookingId(), b.details()) : state;
            case BookingEvent.Cancelled c -> state instanceof Booking.Existing b
                    ? new Booking.Cancelled(b.bookingId(), b.details(), c.reason()) : state;
        };
    }

    private static List<BookingEvent> request(BookingCommand.Request r, Booking state) {
        BookingDetails d = r.details();
        return switch (state) {
            case Booking.None n -> {
                if (!d.end().isAfter(d.start())) {
                    throw new DomainRejection("booking.invalid-time", "A booking must end after it starts.");
                }
                if (d.price().isNegative()) {
                    throw new DomainRejection("booking.negative-price", "A booking's price cannot be negative.");
                }
                yield List.of(BookingEvent.Created.of(r.bookingId(), d));
            }
            case Booking.Existing b when b.details().equals(d) -> List.of();
            case Booking.Existing b -> throw new DomainRejection("booking.already-exists",
                    "Booking " + b.bookingId() + " already exists with other details.");
        };
    }

    private static List<BookingEvent> noShow(BookingCommand.MarkNoShow c, Booking.Existing b) {
        if (c.now().isBefore(b.details().start())) {
            throw new DomainRejection("booking.not-started-yet",
                    "A customer can only be marked as a no-show once the appointment has begun.");
        }
        return List.of(new BookingEvent.NoShowRecorded(b.bookingId()));
    }

    private static String reason(BookingCommand.Cancel c) {
        return c.reason() == null || c.reason().isBlank() ? "no reason given" : c.reason().strip();
    }

    private static DomainRejection notFound(String bookingId) {
        return new DomainRejection("booking.not-found", "There is no booking " + bookingId + ".");
    }

    private static DomainRejection refused(String code, String verb, Booking.Existing b) {
        return new DomainRejection(code, "A booking that is " + b.status().name().toLowerCase().replace('_', ' ')
                + " cannot be asked to " + verb + ".");
    }
}
