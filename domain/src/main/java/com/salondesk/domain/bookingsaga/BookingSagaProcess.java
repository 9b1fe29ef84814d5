package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.bookingsaga.BookingSaga.Running;
import com.salondesk.domain.bookingsaga.BookingSagaAction.CancelBooking;
import com.salondesk.domain.bookingsaga.BookingSagaAction.ConfirmBooking;
import com.salondesk.domain.bookingsaga.BookingSagaAction.RefundDeposit;
import com.salondesk.domain.bookingsaga.BookingSagaAction.ReleaseStock;
import com.salondesk.domain.bookingsaga.BookingSagaAction.ReserveStock;
import com.salondesk.domain.bookingsaga.BookingSagaEvent.Compensated;
import com.salondesk.domain.bookingsaga.BookingSagaEvent.StepCompensated;
import com.salondesk.domain.bookingsaga.BookingSagaEvent.StepCompleted;
import com.salondesk.domain.bookingsaga.BookingSagaEvent.StepFailed;
import com.salondesk.domain.bookingsaga.BookingSagaInput.*;
import com.salondesk.domain.shared.Decider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The booking confirmation saga as a pure process manager: given its state and what happened, it says which
 * events to record on {@code booking-saga-<bookingId>} and which commands ({@link BookingSagaAction}) to run with
 * them in the same commit. Steps in order: reserve the products, take the deposit (only when the service asks for
 * one), confirm. Each step begins with a deadline; when a step fails, the completed ones are undone in reverse
 * order (stock released, deposit refunded) and the booking is cancelled unless it is already.
 *
 * <p>A declined card does not fail the saga at once: the decline is recorded and the desk may try the card (or
 * cash) again until the deposit's deadline; if the deadline passes after a decline, the decline is the reason.
 *
 * <p>Every reaction depends only on the state, so an input handled twice (a redelivered event, a restart) records
 * and runs nothing the second time; {@link BookingSagaInput.GoOn} is how the saga resumes after a restart.
 */
public final class BookingSagaProcess implements Decider<BookingSagaInput, BookingSaga, BookingSagaEvent> {

    /** How long an automatic step (reserve, confirm) may take at least; at most it has until the booking starts. */
    public static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);

    public static final String TIME_LOST = "booking-saga.time-lost";
    public static final String CARD_DECLINED = "booking-saga.card-declined";
    public static final String DEPOSIT_NOT_PAID = "booking-saga.deposit-not-paid";
    public static final String STEP_TIMED_OUT = "booking-saga.step-timed-out";
    public static final String BOOKING_CANCELLED = "booking-saga.booking-cancelled";

    public static String streamId(String bookingId) {
        return "booking-saga-" + bookingId;
    }

    /** The events to record and the commands to run with them, in this order. */
    public record Reaction(List<BookingSagaEvent> events, List<BookingSagaAction> actions) {
        public static final Reaction NOTHING = new Reaction(List.of(), List.of());

        public Reaction {
            events = List.copyOf(events);
            actions = List.copyOf(actions);
        }

        public boolean isEmpty() {
            return events.isEmpty() && actions.isEmpty();
        }
    }

    @Override
    public BookingSaga initialState() {
        return new BookingSaga.NotStarted();
    }

    @Override
    public List<BookingSagaEvent> decide(BookingSagaInput input, BookingSaga state) {
        return react(state, input).events();
    }

    /** What the saga does about {@code input} in {@code state}. */
    public Reaction react(BookingSaga state, BookingSagaInput input) {
        if (input instanceof BookingCreated created) {
            // A booking recorded at or after its start (a visit entered late, history brought in) has nothing left
            // to prepare: no stock to hold ahead, no deposit to wait for, nobody to confirm to.
            boolean ahead = created.start().isAfter(created.createdAt());
            return state instanceof BookingSaga.NotStarted && ahead ? start(created) : Reaction.NOTHING;
        }
        if (!(state instanceof Running r)) {
            return Reaction.NOTHING;
        }
        Instant now = input.now();
        return switch (input) {
            case BookingCreated c -> Reaction.NOTHING;
            case GoOn g -> r.pausedFor() != null ? Reaction.NOTHING : goOn(r, now);
            case StockRefused s -> r.current() == SagaStep.RESERVE_STOCK
                    ? fail(r, new SagaReason(s.code(), s.arguments()), true, now) : Reaction.NOTHING;
            // Refused for another reason than a cancellation or the booking going ahead (those have inputs of their own).
            case ConfirmRefused c -> r.current() == SagaStep.CONFIRM
                    ? fail(r, new SagaReason(c.code(), c.arguments()), false, now) : Reaction.NOTHING;
            case DepositTaken d -> r.current() == SagaStep.TAKE_DEPOSIT
                    ? events(new StepCompleted(r.plan().bookingId(), SagaStep.TAKE_DEPOSIT, d.paymentId(), d.amount(),
                    SagaStep.CONFIRM, deadline(r.plan(), SagaStep.CONFIRM, now), now))
                    : Reaction.NOTHING;
            case DepositDeclined d -> r.current() == SagaStep.TAKE_DEPOSIT
                    ? events(new BookingSagaEvent.DepositDeclined(r.plan().bookingId(), d.paymentId(),
                    d.terminalReference(), now))
                    : Reaction.NOTHING;
            case BookingCancelled c -> fail(r, SagaReason.of(BOOKING_CANCELLED), false, now);
            // The desk took the booking on (checked in): it keeps its stock and deposit; the saga's work is over.
            case BookingWentAhead w -> events(new BookingSagaEvent.Completed(r.plan().bookingId(), now));
            case TimeLost t -> r.pausedFor() != null ? Reaction.NOTHING
                    : events(new BookingSagaEvent.Paused(r.plan().bookingId(), r.current(), TIME_LOST,
                    deadline(r.plan(), r.current(), now), now));
            case TimeRegained t -> r.pausedFor() == null ? Reaction.NOTHING
                    : events(new BookingSagaEvent.Resumed(r.plan().bookingId(), r.current(),
                    deadline(r.plan(), r.current(), now), now));
            case DeadlinePassed d -> now.isBefore(r.deadline()) ? Reaction.NOTHING : fail(r, overdue(r), true, now);
        };
    }

    private static Reaction start(BookingCreated c) {
        List<SagaStep> steps = new ArrayList<>(List.of(SagaStep.RESERVE_STOCK));
        Instant depositDeadline = null;
        if (c.deposit() != null && c.deposit().amount().signum() > 0) {
            steps.add(SagaStep.TAKE_DEPOSIT);
            Instant payBy = c.createdAt().plus(Duration.ofHours(Math.max(0, c.payWithinHours())));
            depositDeadline = payBy.isBefore(c.start()) ? payBy : c.start();
        }
        steps.add(SagaStep.CONFIRM);
        var plan = new BookingSaga.Plan(c.bookingId(), c.branchId(), steps, c.products(),
                depositDeadline == null ? null : c.deposit(), depositDeadline, c.start(), c.now());
        return events(new BookingSagaEvent.Started(c.bookingId(), c.branchId(), steps, c.products(), plan.deposit(),
                depositDeadline, c.start(), deadline(plan, SagaStep.RESERVE_STOCK, c.now()), c.now()));
    }

    /** Takes the current step when the desk can take it by itself; the deposit is waited for. */
    private static Reaction goOn(Running r, Instant now) {
        String id = r.plan().bookingId();
        return switch (r.current()) {
            case RESERVE_STOCK -> {
                SagaStep next = next(r.plan(), SagaStep.RESERVE_STOCK);
                yield new Reaction(
                        List.of(new StepCompleted(id, SagaStep.RESERVE_STOCK, null, null, next,
                                deadline(r.plan(), next, now), now)),
                        r.plan().products().isEmpty() ? List.of()
                                : List.of(new ReserveStock(id, r.plan().branchId(), r.plan().products())));
            }
            case TAKE_DEPOSIT -> Reaction.NOTHING;
            case CONFIRM -> new Reaction(
                    List.of(new StepCompleted(id, SagaStep.CONFIRM, null, null, null, null, now),
                            new BookingSagaEvent.Completed(id, now)),
                    List.of(new ConfirmBooking(id)));
        };
    }

    /** Why the current step is overdue, in the words that help the desk most. */
    private static SagaReason overdue(Running r) {
        if (r.pausedFor() != null) {
            return SagaReason.of(r.pausedFor());
        }
        if (r.current() == SagaStep.TAKE_DEPOSIT) {
            return r.declined() != null ? SagaReason.of(CARD_DECLINED, r.declined().terminalReference())
                    : SagaReason.of(DEPOSIT_NOT_PAID);
        }
        return SagaReason.of(STEP_TIMED_OUT, r.current());
    }

    /**
     * The current step failed: record it, undo the completed steps in reverse order, and cancel the booking
     * when {@code cancel} (it is not cancelled already).
     */
    private static Reaction fail(Running r, SagaReason reason, boolean cancel, Instant now) {
        String id = r.plan().bookingId();
        String words = reason.text(Locale.ENGLISH);
        List<BookingSagaEvent> events = new ArrayList<>();
        List<BookingSagaAction> actions = new ArrayList<>();
        events.add(new StepFailed(id, r.current(), reason.code(), reason.arguments(), now));
        for (SagaStep done : r.done().reversed()) {
            switch (done) {
                case TAKE_DEPOSIT -> {
                    actions.add(new RefundDeposit(r.paid().paymentId(), r.paid().amount(), words));
                    events.add(new StepCompensated(id, done, now));
                }
                case RESERVE_STOCK -> {
                    if (!r.plan().products().isEmpty()) {
                        actions.add(new ReleaseStock(id, words));
                        events.add(new StepCompensated(id, done, now));
                    }
                }
                case CONFIRM -> {
                    // The last step: once it is done the saga is over, so it never needs undoing here.
                }
            }
        }
        if (cancel) {
            actions.add(new CancelBooking(id, words));
        }
        events.add(new Compensated(id, r.current(), reason.code(), reason.arguments(), cancel, now));
        return new Reaction(events, actions);
    }

    private static SagaStep next(BookingSaga.Plan plan, SagaStep after) {
        int at = plan.steps().indexOf(after);
        return at + 1 < plan.steps().size() ? plan.steps().get(at + 1) : null;
    }

    /**
     * When {@code step}, beginning {@code now}, must be done: the deposit by its deadline; an automatic step
     * before the booking starts, and never in less than {@link #STEP_TIMEOUT}.
     */
    static Instant deadline(BookingSaga.Plan plan, SagaStep step, Instant now) {
        if (step == null) {
            return null;
        }
        if (step == SagaStep.TAKE_DEPOSIT && plan.depositDeadline() != null) {
            return plan.depositDeadline();
        }
        Instant least = now.plus(STEP_TIMEOUT);
        return plan.bookingStart().isAfter(least) ? plan.bookingStart() : least;
    }

    private static Reaction events(BookingSagaEvent... events) {
        return new Reaction(List.of(events), List.of());
    }

    @Override
    public BookingSaga evolve(BookingSaga state, BookingSagaEvent event) {
        return switch (event) {
            case BookingSagaEvent.Started s -> new Running(new BookingSaga.Plan(s.bookingId(), s.branchId(), s.steps(),
                    s.products(), s.deposit(), s.depositDeadline(), s.bookingStart(), s.at()), List.of(),
                    s.steps().getFirst(), s.deadline(), null, null, null);
            case StepCompleted c -> switch (state) {
                case Running r -> {
                    List<SagaStep> done = new ArrayList<>(r.done());
                    done.add(c.step());
                    BookingSaga.Deposit paid = c.paymentId() != null
                            ? new BookingSaga.Deposit(c.paymentId(), c.amount()) : r.paid();
                    yield new Running(r.plan(), done, c.next() == null ? c.step() : c.next(),
                            c.deadline() == null ? r.deadline() : c.deadline(), paid, r.declined(), r.pausedFor());
                }
                default -> state;
            };
            case BookingSagaEvent.DepositDeclined d -> state instanceof Running r
                    ? new Running(r.plan(), r.done(), r.current(), r.deadline(), r.paid(),
                    new BookingSaga.Decline(d.paymentId(), d.terminalReference()), r.pausedFor())
                    : state;
            case BookingSagaEvent.Paused p -> state instanceof Running r ? r.with(p.step(), p.deadline(), p.code()) : state;
            case BookingSagaEvent.Resumed p -> state instanceof Running r ? r.with(p.step(), p.deadline(), null) : state;
            case StepFailed f -> state instanceof Running r
                    ? new BookingSaga.Failing(r.plan(), r.done(), f.step(), new SagaReason(f.code(), f.arguments()),
                    List.of(), r.paid())
                    : state;
            case StepCompensated c -> state instanceof BookingSaga.Failing f ? f.plus(c.step()) : state;
            case BookingSagaEvent.Completed c -> state instanceof Running r
                    ? new BookingSaga.Completed(r.plan(), r.paid(), c.at()) : state;
            case Compensated c -> state instanceof BookingSaga.Failing f
                    ? new BookingSaga.Compensated(f.plan(), f.done(), f.failedStep(), f.reason(), f.compensated(),
                    f.paid(), c.bookingCancelled(), c.at())
                    : state;
        };
    }

    /** When the saga's current step must be done by, while it runs: what the desk's deadline scheduler looks at. */
    public static Optional<Instant> deadlineOf(BookingSaga state) {
        return state instanceof Running r ? Optional.of(r.deadline()) : Optional.empty();
    }
}
