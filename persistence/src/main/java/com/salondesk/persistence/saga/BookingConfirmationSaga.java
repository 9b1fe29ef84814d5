package com.salondesk.persistence.saga;

import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.bookingsaga.BookingSaga;
import com.salondesk.domain.bookingsaga.BookingSagaAction;
import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.bookingsaga.BookingSagaInput;
import com.salondesk.domain.bookingsaga.BookingSagaProcess;
import com.salondesk.domain.bookingsaga.BookingSagaProcess.Reaction;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.stock.StockPolicy;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockReservationDecider;
import com.salondesk.persistence.command.AggregateStore;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the booking confirmation saga ({@link BookingSagaProcess}) on the desk that recorded the booking: it turns
 * the events it takes into the saga's inputs, and records the saga's events together with the commands they ask
 * for (reserve or release stock, refund a deposit, confirm or cancel the booking) in one
 * {@link AggregateStore#execute}, the saga stream at the version it was read. So a redelivered event, or the same
 * step after a crash, finds the saga further on and does nothing twice; each of the saga's own events makes it go
 * on, so after a restart the runtime's catch-up resumes it where it stood. Other desks see the saga's events but
 * never act on them.
 */
public final class BookingConfirmationSaga implements EventHandler {

    public static final String NAME = "booking-confirmation-saga";
    /** The actor the saga's commands are recorded for. */
    public static final String ACTOR = "booking-saga";

    private static final BookingSagaProcess PROCESS = new BookingSagaProcess();
    private static final BookingDecider BOOKINGS = new BookingDecider();

    private final AggregateStore store;
    private final DeskEventLog log;
    private final DeskIdentityStore identity;
    private final StockAvailability stock;
    private final Clock clock;

    /** What is on the shelf for a booking to reserve: on hand less what is reserved, per product, in a branch. */
    @FunctionalInterface
    public interface StockAvailability {
        Map<String, BigDecimal> available(String branchId);
    }

    public BookingConfirmationSaga(AggregateStore store, DeskEventLog log, DeskIdentityStore identity,
                                   StockAvailability stock, Clock clock) {
        this.store = store;
        this.log = log;
        this.identity = identity;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("booking.created", "booking.checked-in", "booking.cancelled", "booking.time-lost", "booking.moved",
                "booking.kept-as-overbook", "booking-saga.started", "booking-saga.step-completed",
                "booking-saga.resumed", "payment.taken", "payment.declined");
    }

    @Override
    public void handle(HandlerContext context, RecordedEvent recorded) {
        Instant now = clock.instant();
        switch (recorded.event()) {
            case BookingEvent.Created c -> {
                if (identity.read().map(d -> d.deviceId().equals(recorded.envelope().metadata().deviceId()))
                        .orElse(false)) {
                    run(c.bookingId(), recorded, created(c, recorded.recordedAt(), now));
                }
            }
            case BookingEvent.CheckedIn c -> run(c.bookingId(), recorded, new BookingSagaInput.BookingWentAhead(c.bookingId(), now));
            case BookingEvent.Cancelled c -> run(c.bookingId(), recorded, new BookingSagaInput.BookingCancelled(c.bookingId(), now));
            case BookingEvent.TimeLost t -> run(t.bookingId(), recorded, new BookingSagaInput.TimeLost(t.bookingId(), now));
            case BookingEvent.Moved m -> run(m.bookingId(), recorded, new BookingSagaInput.TimeRegained(m.bookingId(), now));
            case BookingEvent.KeptAsOverbook k -> run(k.bookingId(), recorded, new BookingSagaInput.TimeRegained(k.bookingId(), now));
            case BookingSagaEvent s -> run(s.bookingId(), recorded, new BookingSagaInput.GoOn(s.bookingId(), now));
            case PaymentEvent.Taken t when t.purpose() == Purpose.DEPOSIT && t.bookingId() != null ->
                    run(t.bookingId(), recorded, new BookingSagaInput.DepositTaken(t.bookingId(), t.paymentId(), t.amount(), now));
            case PaymentEvent.Declined d when d.purpose() == Purpose.DEPOSIT && d.bookingId() != null ->
                    run(d.bookingId(), recorded, new BookingSagaInput.DepositDeclined(d.bookingId(), d.paymentId(),
                            d.terminalReference(), now));
            default -> {
            }
        }
    }

    /** The deadline scheduler's way in: the current step of the booking's saga is due, if it is. */
    public void deadlinePassed(String bookingId) {
        run(bookingId, null, new BookingSagaInput.DeadlinePassed(bookingId, clock.instant()));
    }

    /**
     * Reacts to {@code input} on the saga as the log holds it, if this desk runs it, and records the reaction. One at
     * a time on this desk (the handler's thread and the deadline scheduler), so no two reactions are planned on the
     * same state.
     */
    private synchronized void run(String bookingId, RecordedEvent cause, BookingSagaInput input) {
        Optional<DeskIdentity> desk = identity.read();
        if (desk.isEmpty()) {
            return;
        }
        String streamId = BookingSagaProcess.streamId(bookingId);
        List<RecordedEvent> history = log.readStream(streamId, 0);
        if (history.isEmpty() ? !(input instanceof BookingSagaInput.BookingCreated)
                : !desk.get().deviceId().equals(history.getFirst().envelope().metadata().deviceId())) {
            return;
        }
        BookingSaga state = PROCESS.initialState();
        for (RecordedEvent e : history) {
            state = PROCESS.evolve(state, (BookingSagaEvent) e.event());
        }
        EventContext context = new EventContext(desk.get().tenantId(), desk.get().branchId(), desk.get().deviceId(),
                ACTOR, cause == null ? UuidV7.next().toString() : cause.envelope().metadata().correlationId(),
                cause == null ? null : cause.id().toString());
        Reaction reaction = PROCESS.react(state, input);
        Optional<DomainRejection> refused = reserveRefused(reaction);
        if (refused.isPresent()) {
            // The saga stream's step is decided on the input that gave the reaction, so both agree.
            input = new BookingSagaInput.StockRefused(bookingId, refused.get().code(), argumentsOf(refused.get()),
                    input.now());
            reaction = PROCESS.react(state, input);
        }
        if (reaction.isEmpty()) {
            return;
        }
        try {
            record(context, streamId, input, reaction);
        } catch (DomainRejection rejection) {
            BookingSagaInput failed = failure(reaction, bookingId, rejection, input.now());
            if (failed == null) {
                throw rejection;
            }
            if (failed instanceof BookingSagaInput.ConfirmRefused) {
                Booking booking = store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state();
                if (booking instanceof Booking.Cancelled) {
                    // Its booking.cancelled follows in the log and compensates then.
                    return;
                }
                if (booking instanceof Booking.CheckedIn || booking instanceof Booking.Completed
                        || booking instanceof Booking.NoShow) {
                    failed = new BookingSagaInput.BookingWentAhead(bookingId, input.now());
                }
            }
            // The step the saga tried was refused: the saga records that and undoes what it had done.
            record(context, streamId, failed, PROCESS.react(state, failed));
        }
    }

    /** The saga's events and the commands they ask for, in one commit, the saga stream first. */
    private void record(EventContext context, String streamId, BookingSagaInput input, Reaction reaction) {
        List<Step<?, ?, ?>> steps = new ArrayList<>();
        steps.add(input instanceof BookingSagaInput.BookingCreated
                ? Step.onNew(streamId, PROCESS, BookingSagaEvent.class, input)
                : Step.on(streamId, PROCESS, BookingSagaEvent.class, input));
        for (BookingSagaAction action : reaction.actions()) {
            steps.addAll(stepsFor(action, input.now()));
        }
        store.execute(context, steps);
    }

    /** The input that says the reaction's step was refused, or null when no step of it can be. */
    private static BookingSagaInput failure(Reaction reaction, String bookingId, DomainRejection rejection, Instant now) {
        for (BookingSagaAction action : reaction.actions()) {
            if (action instanceof BookingSagaAction.ReserveStock) {
                return new BookingSagaInput.StockRefused(bookingId, rejection.code(), argumentsOf(rejection), now);
            }
            if (action instanceof BookingSagaAction.ConfirmBooking) {
                return new BookingSagaInput.ConfirmRefused(bookingId, rejection.code(), argumentsOf(rejection), now);
            }
        }
        return null;
    }

    /** Whether the stock policy refuses the reservation the reaction asks for, with what there is on the shelf. */
    private Optional<DomainRejection> reserveRefused(Reaction reaction) {
        for (BookingSagaAction action : reaction.actions()) {
            if (action instanceof BookingSagaAction.ReserveStock r) {
                var reserve = reserveCommand(r, clock.instant());
                try {
                    StockPolicy.reserve(stock.available(r.branchId()), reserve);
                } catch (DomainRejection refused) {
                    return Optional.of(refused);
                }
            }
        }
        return Optional.empty();
    }

    private static StockCommand.Reserve reserveCommand(BookingSagaAction.ReserveStock r, Instant now) {
        return new StockCommand.Reserve(r.bookingId(), r.branchId(), r.lines(), ACTOR, now);
    }

    /** The owning aggregates' commands for one of the saga's actions. */
    private List<Step<?, ?, ?>> stepsFor(BookingSagaAction action, Instant now) {
        return switch (action) {
            case BookingSagaAction.ReserveStock r -> List.of(reservation(r.bookingId(), reserveCommand(r, now)));
            case BookingSagaAction.ReleaseStock r -> List.of(reservation(r.bookingId(),
                    new StockCommand.Release(r.bookingId(), r.reason(), ACTOR, now)));
            case BookingSagaAction.RefundDeposit r -> List.of(Step.on(PaymentDecider.streamId(r.paymentId()),
                    new PaymentDecider(), PaymentEvent.class,
                    // A refund id of its own, so that the saga's refund of a deposit is recorded once.
                    new PaymentCommand.Refund(r.paymentId(), r.paymentId() + "-saga-refund", r.amount(), r.reason(),
                            ACTOR, now)));
            case BookingSagaAction.ConfirmBooking c -> List.of(Step.on(BookingDecider.streamId(c.bookingId()),
                    BOOKINGS, BookingEvent.class, new BookingCommand.Confirm(c.bookingId(), ACTOR, now)));
            case BookingSagaAction.CancelBooking c -> cancel(c, now);
        };
    }

    private static Step<?, ?, ?> reservation(String bookingId, StockCommand.ReservationCommand command) {
        return Step.on(StockReservationDecider.streamId(bookingId), new StockReservationDecider(),
                StockEvent.ReservationEvent.class, command);
    }

    /** Cancels the booking and gives its time back in the stylist's and the customer's day, as the desk does. */
    private List<Step<?, ?, ?>> cancel(BookingSagaAction.CancelBooking c, Instant now) {
        Booking booking = store.load(BookingDecider.streamId(c.bookingId()), BOOKINGS, BookingEvent.class).state();
        if (!(booking instanceof Booking.Requested || booking instanceof Booking.Confirmed)) {
            // Cancelled already, or moved on (checked in, a no-show): nothing for the saga to cancel.
            return List.of();
        }
        var branch = store.load(BranchDecider.streamId(((Booking.Existing) booking).details().branchId()),
                new BranchDecider(), BranchEvent.class).state();
        BookingPolicy.Release plan = BookingPolicy.release(booking, branch,
                new BookingCommand.Cancel(c.bookingId(), CancelReason.other(c.reason()), ACTOR, now), now);
        List<Step<?, ?, ?>> steps = new java.util.ArrayList<>(List.of(
                Step.on(BookingDecider.streamId(c.bookingId()), BOOKINGS, BookingEvent.class, plan.booking()),
                Step.on(BookingPolicy.staffDayStream(plan.staffDay()), new StaffDayDecider(), StaffDayEvent.class,
                        plan.staffDay()),
                Step.on(BookingPolicy.customerDayStream(plan.customerDay()), new CustomerDayDecider(),
                        CustomerDayEvent.class, plan.customerDay())));
        steps.addAll(com.salondesk.persistence.command.ResourceDays.steps(plan.resources()));
        return steps;
    }

    /**
     * The saga's start for a booking: the products its services use (summed per product) and the deposit they ask
     * for (summed, due within the shortest time any of them gives), from the services as the log holds them.
     */
    private BookingSagaInput.BookingCreated created(BookingEvent.Created c, Instant createdAt, Instant now) {
        Map<String, BigDecimal> products = new LinkedHashMap<>();
        Money deposit = null;
        int payWithinHours = Integer.MAX_VALUE;
        for (BookedService booked : c.services()) {
            SalonService service = store.load(ServiceDecider.streamId(booked.serviceId()), new ServiceDecider(),
                    ServiceEvent.class).state();
            if (!(service instanceof SalonService.Offered offered)) {
                continue;
            }
            offered.productsUsed().forEach(l -> products.merge(l.productId(), l.quantity(), BigDecimal::add));
            if (offered.deposit() != null && offered.deposit().amount() != null
                    && offered.deposit().amount().amount().signum() > 0) {
                Money amount = offered.deposit().amount();
                deposit = deposit == null ? amount : new Money(deposit.amount().add(amount.amount()), amount.currency());
                payWithinHours = Math.min(payWithinHours, offered.deposit().payWithinHours());
            }
        }
        return new BookingSagaInput.BookingCreated(c.bookingId(), c.branchId(), c.start(),
                products.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList(),
                deposit, deposit == null ? 0 : payWithinHours, createdAt, now);
    }

    private static List<String> argumentsOf(DomainRejection rejection) {
        return rejection.arguments().stream().map(String::valueOf).toList();
    }
}
