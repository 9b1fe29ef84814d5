package com.salondesk.domain.booking;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * A booking's lifecycle: requested → confirmed → checked in → completed, or cancelled / no-show (which can
 * be undone). Whether the stylist and the customer are free is their days' decision, not this one's; the
 * rules that need the branch, the stylist or the service are {@link BookingPolicy}'s.
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
                case Booking.Existing b -> throw refused("booking.cannot-confirm", b);
            };
            case BookingCommand.CheckIn c -> switch (state) {
                case Booking.Requested b -> checkIn(c, b);
                case Booking.Confirmed b -> checkIn(c, b);
                case Booking.CheckedIn b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-check-in", b);
            };
            case BookingCommand.Complete c -> switch (state) {
                case Booking.CheckedIn b -> {
                    requireWindow(c.window(), c.now(), b);
                    yield List.of(new BookingEvent.Completed(b.bookingId()));
                }
                case Booking.Completed b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-complete", b);
            };
            case BookingCommand.MarkNoShow c -> switch (state) {
                case Booking.Requested b -> noShow(c, b);
                case Booking.Confirmed b -> noShow(c, b);
                case Booking.NoShow b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-mark-no-show", b);
            };
            case BookingCommand.UndoNoShow c -> switch (state) {
                case Booking.NoShow b -> List.of(new BookingEvent.NoShowUndone(b.bookingId(),
                        b.confirmed() ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED));
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-undo-no-show", b);
            };
            case BookingCommand.Cancel c -> switch (state) {
                case Booking.Requested b -> cancel(c, b);
                case Booking.Confirmed b -> cancel(c, b);
                case Booking.Cancelled b -> List.of();
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Existing b -> throw refused("booking.cannot-cancel", b);
            };
            case BookingCommand.LoseTime l -> switch (state) {
                case Booking.None n -> throw notFound(l.bookingId());
                // Cancelled, a no-show, or lost already: it holds no time, so there is nothing to lose.
                case Booking.Cancelled b -> List.of();
                case Booking.NoShow b -> List.of();
                case Booking.Existing b when b.timeLost() -> List.of();
                case Booking.Existing b -> List.of(new BookingEvent.TimeLost(b.bookingId(), l.staffId(), l.date(),
                        l.rivalBookingIds(), l.rejectionCode(), l.now()));
            };
            case BookingCommand.Move m -> switch (state) {
                case Booking.None n -> throw notFound(m.bookingId());
                case Booking.Requested b -> move(m, b);
                case Booking.Confirmed b -> move(m, b);
                case Booking.CheckedIn b -> move(m, b);
                case Booking.Existing b -> throw refused("booking.cannot-move", b);
            };
            case BookingCommand.KeepAsOverbook k -> switch (state) {
                case Booking.None n -> throw notFound(k.bookingId());
                case Booking.Cancelled b -> throw refused("booking.cannot-keep", b);
                case Booking.NoShow b -> throw refused("booking.cannot-keep", b);
                case Booking.Existing b when b.timeLost() -> List.of(new BookingEvent.KeptAsOverbook(b.bookingId()));
                // It holds its time already: kept before, or moved meanwhile.
                case Booking.Existing b -> List.of();
            };
            case BookingCommand.Reschedule r -> switch (state) {
                case Booking.None n -> throw notFound(r.bookingId());
                case Booking.Requested b -> reschedule(r, b);
                case Booking.Confirmed b -> reschedule(r, b);
                case Booking.CheckedIn b -> reschedule(r, b);
                case Booking.Existing b -> throw refused("booking.cannot-reschedule", b);
            };
            case BookingCommand.ChangeDetails c -> switch (state) {
                case Booking.None n -> throw notFound(c.bookingId());
                case Booking.Requested b -> changeDetails(c, b);
                case Booking.Confirmed b -> changeDetails(c, b);
                case Booking.CheckedIn b -> changeDetails(c, b);
                case Booking.Existing b -> throw refused("booking.cannot-change", b);
            };
        };
    }

    @Override
    public Booking evolve(Booking state, BookingEvent event) {
        return switch (event) {
            case BookingEvent.Created c -> new Booking.Requested(c.bookingId(), c.details());
            case BookingEvent.Confirmed c -> state instanceof Booking.Existing b
                    ? new Booking.Confirmed(b.bookingId(), b.details(), b.timeLost()) : state;
            case BookingEvent.CheckedIn c -> state instanceof Booking.Existing b
                    ? new Booking.CheckedIn(b.bookingId(), b.details(), b.timeLost()) : state;
            case BookingEvent.Completed c -> state instanceof Booking.Existing b
                    ? new Booking.Completed(b.bookingId(), b.details(), b.timeLost()) : state;
            case BookingEvent.NoShowRecorded n -> state instanceof Booking.Existing b
                    ? new Booking.NoShow(b.bookingId(), b.details(), b instanceof Booking.Confirmed) : state;
            case BookingEvent.NoShowUndone u -> state instanceof Booking.Existing b
                    ? u.status() == BookingStatus.CONFIRMED ? new Booking.Confirmed(b.bookingId(), b.details())
                    : new Booking.Requested(b.bookingId(), b.details())
                    : state;
            case BookingEvent.Cancelled c -> state instanceof Booking.Existing b
                    ? new Booking.Cancelled(b.bookingId(), b.details(), c.reason()) : state;
            case BookingEvent.TimeLost l -> holdingTime(state, true, null);
            case BookingEvent.Moved m -> holdingTime(state, false, state instanceof Booking.Existing b
                    ? b.details().at(m.staffId(), m.start(), m.end()) : null);
            case BookingEvent.KeptAsOverbook k -> holdingTime(state, false, null);
            case BookingEvent.Rescheduled r -> holdingTime(state, false, state instanceof Booking.Existing b
                    ? b.details().at(r.staffId(), r.start(), r.end()) : null);
            case BookingEvent.DetailsChanged c -> state instanceof Booking.Existing b
                    ? withDetails(b, b.details().with(c.services(), c.price(), c.notes())) : state;
        };
    }

    /** The same stage with other details (what is booked, notes); whether it holds its time does not change. */
    private static Booking withDetails(Booking.Existing state, BookingDetails details) {
        return switch (state) {
            case Booking.Requested b -> new Booking.Requested(b.bookingId(), details, b.timeLost());
            case Booking.Confirmed b -> new Booking.Confirmed(b.bookingId(), details, b.timeLost());
            case Booking.CheckedIn b -> new Booking.CheckedIn(b.bookingId(), details, b.timeLost());
            case Booking.Completed b -> new Booking.Completed(b.bookingId(), details, b.timeLost());
            case Booking.Cancelled b -> new Booking.Cancelled(b.bookingId(), details, b.reason());
            case Booking.NoShow b -> new Booking.NoShow(b.bookingId(), details, b.confirmed());
        };
    }

    /**
     * A booking that holds its time moves, or is resized. One that lost its time is moved from the Needs-attention
     * list ({@link BookingCommand.Move}), which also resolves the entry. The new time may not lie in the past, except
     * that an appointment under way keeps its start when it is made longer or shorter.
     */
    private static List<BookingEvent> reschedule(BookingCommand.Reschedule r, Booking.Existing b) {
        BookingDetails d = b.details();
        if (b.timeLost()) {
            throw new DomainRejection("booking.reschedule-time-lost");
        }
        if (d.staffId().equals(r.staffId()) && d.start().equals(r.start()) && d.end().equals(r.end())) {
            return List.of();
        }
        if (!endsAfterStart(r.start(), r.end())) {
            throw new DomainRejection("booking.invalid-time");
        }
        boolean startMoves = !d.start().equals(r.start()) || !d.staffId().equals(r.staffId());
        if ((startMoves && r.start().isBefore(r.now())) || !r.end().isAfter(r.now())) {
            throw new DomainRejection("booking.reschedule-into-past");
        }
        return List.of(new BookingEvent.Rescheduled(b.bookingId(), r.staffId(), r.start(), r.end(), d.staffId(),
                d.start(), d.end()));
    }

    /** New services, price or notes; the same ones again change nothing. */
    private static List<BookingEvent> changeDetails(BookingCommand.ChangeDetails c, Booking.Existing b) {
        BookingDetails d = b.details();
        if (c.services().isEmpty()) {
            throw new DomainRejection("booking.no-service");
        }
        if (c.price().isNegative()) {
            throw new DomainRejection("booking.negative-price");
        }
        if (d.services().equals(c.services()) && d.price().equals(c.price()) && d.notes().equals(c.notes())) {
            return List.of();
        }
        return List.of(new BookingEvent.DetailsChanged(b.bookingId(), c.services(), c.price(), c.notes()));
    }

    /**
     * The same stage with its time lost or held again, and new details when given; a stage that holds no time
     * (cancelled, no-show) stays as it is.
     */
    private static Booking holdingTime(Booking state, boolean lost, BookingDetails moved) {
        return switch (state) {
            case Booking.Requested b -> new Booking.Requested(b.bookingId(), moved == null ? b.details() : moved, lost);
            case Booking.Confirmed b -> new Booking.Confirmed(b.bookingId(), moved == null ? b.details() : moved, lost);
            case Booking.CheckedIn b -> new Booking.CheckedIn(b.bookingId(), moved == null ? b.details() : moved, lost);
            case Booking.Completed b -> new Booking.Completed(b.bookingId(), moved == null ? b.details() : moved, lost);
            case Booking.None n -> n;
            case Booking.Cancelled b -> b;
            case Booking.NoShow b -> b;
        };
    }

    /**
     * A booking that lost its time moves to a new one. One that holds its time is not moved here (its days would
     * hold it twice); repeating a move that was made changes nothing.
     */
    private static List<BookingEvent> move(BookingCommand.Move m, Booking.Existing b) {
        BookingDetails d = b.details();
        if (!b.timeLost()) {
            if (d.staffId().equals(m.staffId()) && d.start().equals(m.start()) && d.end().equals(m.end())) {
                return List.of();
            }
            throw new DomainRejection("booking.move-holds-time");
        }
        if (!endsAfterStart(m.start(), m.end())) {
            throw new DomainRejection("booking.invalid-time");
        }
        return List.of(new BookingEvent.Moved(b.bookingId(), m.staffId(), m.start(), m.end()));
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state of the booking, as {@code actor} at
     * {@code at} — the time the event was first recorded, so a check-in is judged by the window as it was then.
     * {@code window} is the branch's check-in window.
     */
    public static BookingCommand again(BookingEvent event, Duration window, String actor, Instant at) {
        return switch (event) {
            case BookingEvent.Created c -> new BookingCommand.Request(c.bookingId(), c.details(), actor, at);
            case BookingEvent.Confirmed c -> new BookingCommand.Confirm(c.bookingId(), actor, at);
            case BookingEvent.CheckedIn c -> new BookingCommand.CheckIn(c.bookingId(), window, actor, at);
            case BookingEvent.Completed c -> new BookingCommand.Complete(c.bookingId(), window, actor, at);
            case BookingEvent.NoShowRecorded n -> new BookingCommand.MarkNoShow(n.bookingId(), actor, at);
            case BookingEvent.NoShowUndone u -> new BookingCommand.UndoNoShow(u.bookingId(), actor, at);
            case BookingEvent.Cancelled c -> new BookingCommand.Cancel(c.bookingId(),
                    new CancelReason(c.categoryOrOther(), c.reason()), actor, at);
            case BookingEvent.TimeLost l -> new BookingCommand.LoseTime(l.bookingId(), l.staffId(), l.date(),
                    l.rivalBookingIds(), l.rejectionCode(), actor, at);
            case BookingEvent.Moved m -> new BookingCommand.Move(m.bookingId(), m.staffId(), m.start(), m.end(), actor, at);
            case BookingEvent.KeptAsOverbook k -> new BookingCommand.KeepAsOverbook(k.bookingId(), actor, at);
            case BookingEvent.Rescheduled r -> new BookingCommand.Reschedule(r.bookingId(), r.staffId(), r.start(),
                    r.end(), actor, at);
            case BookingEvent.DetailsChanged c -> new BookingCommand.ChangeDetails(c.bookingId(), c.services(),
                    c.price(), c.notes(), actor, at);
        };
    }

    /** The rule that a booking ends after it starts, written once; the form and the policy ask it too. */
    public static boolean endsAfterStart(Temporal start, Temporal end) {
        return start != null && end != null && Duration.between(start, end).isPositive();
    }

    /** Whether an appointment starting at {@code start} has begun: from then on it can be a no-show. */
    public static boolean hasBegun(Instant start, Instant now) {
        return !now.isBefore(start);
    }

    private static List<BookingEvent> request(BookingCommand.Request r, Booking state) {
        BookingDetails d = r.details();
        return switch (state) {
            case Booking.None n -> {
                if (!endsAfterStart(d.start(), d.end())) {
                    throw new DomainRejection("booking.invalid-time");
                }
                if (d.price().isNegative()) {
                    throw new DomainRejection("booking.negative-price");
                }
                yield List.of(BookingEvent.Created.of(r.bookingId(), d));
            }
            case Booking.Existing b when b.details().equals(d) -> List.of();
            case Booking.Existing b -> throw new DomainRejection("booking.already-exists", b.bookingId());
        };
    }

    private static List<BookingEvent> checkIn(BookingCommand.CheckIn c, Booking.Existing b) {
        requireWindow(c.window(), c.now(), b);
        return List.of(new BookingEvent.CheckedIn(b.bookingId()));
    }

    /** Check-in and completion open {@code window} before the start, not earlier. */
    private static void requireWindow(Duration window, Instant now, Booking.Existing b) {
        if (now.isBefore(b.details().start().minus(window))) {
            throw new DomainRejection("booking.too-early", window.toMinutes());
        }
    }

    private static List<BookingEvent> noShow(BookingCommand.MarkNoShow c, Booking.Existing b) {
        if (!hasBegun(b.details().start(), c.now())) {
            throw new DomainRejection("booking.not-started-yet");
        }
        return List.of(new BookingEvent.NoShowRecorded(b.bookingId()));
    }

    private static List<BookingEvent> cancel(BookingCommand.Cancel c, Booking.Existing b) {
        CancelReason reason = c.reason() == null ? new CancelReason(null, "") : c.reason();
        CancelReason.problem(reason.category(), reason.note()).ifPresent(problem -> {
            throw problem;
        });
        return List.of(new BookingEvent.Cancelled(b.bookingId(), reason.note(), reason.category()));
    }

    private static DomainRejection notFound(String bookingId) {
        return new DomainRejection("booking.not-found", bookingId);
    }

    private static DomainRejection refused(String code, Booking.Existing b) {
        return new DomainRejection(code, b.status());
    }
}
