package com.salondesk.persistence.command;

import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.schedule.CustomerDayCommand;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The front desk's booking commands: loads the states the booking rules need, asks {@link BookingPolicy}
 * what to do, and runs the answer through the {@link AggregateStore} — the booking, the stylist's day and
 * the customer's day in one transaction, each at the version it was read. The rules live in the domain.
 */
public final class BookingDesk {

    private static final BookingDecider BOOKINGS = new BookingDecider();
    private static final StaffDayDecider STAFF_DAYS = new StaffDayDecider();
    private static final CustomerDayDecider CUSTOMER_DAYS = new CustomerDayDecider();

    private final AggregateStore store;
    private final Clock clock;

    public BookingDesk(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Books and returns the new booking's id; a broken rule throws a
     * {@link com.salondesk.domain.shared.DomainRejection}. The rules
     * are checked against the aggregates themselves, never against a read model that may lag behind.
     */
    public String book(EventContext context, NewBooking request) {
        return book(context, request, bookingId -> List.of());
    }

    /**
     * Books as {@link #book(EventContext, NewBooking)} does, and records the steps {@code alongside} gives for the new
     * booking's id in the same transaction (a waitlist offer booked): both are recorded, or neither.
     */
    public String book(EventContext context, NewBooking request,
                       Function<String, List<Step<?, ?, ?>>> alongside) {
        String bookingId = UuidV7.next().toString();
        BookingPolicy.Book plan = BookingPolicy.book(request,
                load(request.customerId(), CustomerDecider::streamId, new CustomerDecider(), CustomerEvent.class),
                branch(request.branchId()),
                load(request.staffId(), StaffDecider::streamId, new StaffDecider(), StaffEvent.class),
                load(request.serviceId(), ServiceDecider::streamId, new ServiceDecider(), ServiceEvent.class),
                bookingId, context.userId(), clock.instant());
        List<Step<?, ?, ?>> steps = new ArrayList<>(List.of(
                staffDay(plan.staffDay()),
                customerDay(plan.customerDay()),
                Step.onNew(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class, plan.booking())));
        steps.addAll(ResourceDays.steps(plan.resources()));
        steps.addAll(alongside.apply(bookingId));
        store.execute(context, steps);
        return bookingId;
    }

    public List<RecordedEvent> confirm(EventContext context, String bookingId) {
        return onBooking(context, new BookingCommand.Confirm(bookingId, context.userId(), clock.instant()));
    }

    /** Checks the customer in, from the branch's check-in window before the start. */
    public List<RecordedEvent> checkIn(EventContext context, String bookingId) {
        return onBooking(context, new BookingCommand.CheckIn(bookingId, checkInWindow(bookingId), context.userId(),
                clock.instant()));
    }

    /** Completes a checked-in appointment (not before the branch's check-in window opens). */
    public List<RecordedEvent> complete(EventContext context, String bookingId) {
        return onBooking(context, new BookingCommand.Complete(bookingId, checkInWindow(bookingId), context.userId(),
                clock.instant()));
    }

    /** Records a no-show and gives the stylist's and the customer's time back. */
    public void markNoShow(EventContext context, String bookingId) {
        releasing(context, new BookingCommand.MarkNoShow(bookingId, context.userId(), clock.instant()));
    }

    /**
     * Takes a no-show back on the appointment's day: the booking is as before and holds its time again, or,
     * when that time has been booked meanwhile, a rejection says so.
     */
    public void undoNoShow(EventContext context, String bookingId) {
        Booking booking = bookingState(bookingId);
        Branch branch = booking instanceof Booking.Existing b ? branch(b.details().branchId()) : new Branch.NotOpened();
        StaffDay day = booking instanceof Booking.Existing b && branch instanceof Branch.Open
                ? store.load(StaffDayDecider.streamId(b.details().staffId(), BookingPolicy.dateOf(b, branch)),
                        STAFF_DAYS, StaffDayEvent.class).state()
                : StaffDay.empty();
        BookingPolicy.Reinstate plan = BookingPolicy.undoNoShow(booking, branch, day, context.userId(),
                clock.instant());
        store.execute(context, List.of(
                Step.on(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class, plan.booking()),
                staffDay(plan.staffDay()),
                customerDay(plan.customerDay())));
    }

    /** Cancels for a reason from the list (and the desk's own words), and gives the time back. */
    public void cancel(EventContext context, String bookingId, CancelReason reason) {
        releasing(context, new BookingCommand.Cancel(bookingId, reason, context.userId(), clock.instant()));
    }

    /** Cancels for a reason in the desk's own words only. */
    public void cancel(EventContext context, String bookingId, String reason) {
        cancel(context, bookingId, CancelReason.other(reason));
    }

    /**
     * Moves a booking that holds its time to {@code staffId} from {@code start} to {@code end} (the branch's local
     * time): another time, another stylist, or a new length (same start, new end). Checked like a new booking, and
     * refused with nothing recorded when the new time is taken; the old time is given back and the new one held in
     * the same transaction. Moving it back where it was is the undo.
     */
    public List<RecordedEvent> reschedule(EventContext context, String bookingId, String staffId, LocalDateTime start,
                                          LocalDateTime end) {
        Booking booking = bookingState(bookingId);
        Booking.Existing existing = booking instanceof Booking.Existing b ? b : null;
        Branch branch = existing == null ? new Branch.NotOpened() : branch(existing.details().branchId());
        StaffDay newDay = staffId == null || start == null ? StaffDay.empty()
                : store.load(StaffDayDecider.streamId(staffId, start.toLocalDate()), STAFF_DAYS, StaffDayEvent.class)
                .state();
        BookingPolicy.Reschedule plan = BookingPolicy.reschedule(booking,
                load(existing == null ? null : existing.details().customerId(), CustomerDecider::streamId,
                        new CustomerDecider(), CustomerEvent.class),
                branch,
                load(staffId, StaffDecider::streamId, new StaffDecider(), StaffEvent.class),
                load(existing == null ? null : existing.details().mainServiceId(), ServiceDecider::streamId,
                        new ServiceDecider(), ServiceEvent.class),
                newDay, start, end, context.userId(), clock.instant());
        List<Step<?, ?, ?>> steps = new ArrayList<>();
        plan.oldStaffDay().ifPresent(release -> steps.add(
                Step.on(BookingPolicy.staffDayStream(release), STAFF_DAYS, StaffDayEvent.class, release)));
        plan.oldCustomerDay().ifPresent(release -> steps.add(
                Step.on(BookingPolicy.customerDayStream(release), CUSTOMER_DAYS, CustomerDayEvent.class, release)));
        steps.add(Step.on(BookingPolicy.staffDayStream(plan.staffDay()), STAFF_DAYS, StaffDayEvent.class,
                plan.staffDay()));
        steps.add(Step.on(BookingPolicy.customerDayStream(plan.customerDay()), CUSTOMER_DAYS, CustomerDayEvent.class,
                plan.customerDay()));
        steps.addAll(ResourceDays.steps(plan.resources()));
        steps.add(Step.on(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class, plan.booking()));
        return store.execute(context, steps);
    }

    /**
     * The edit dialog's change: {@code serviceId} (null keeps what is booked; a new one fills the booking's time at
     * its menu price, and the stylist must do it) and the desk's {@code notes}. Times change by {@link #reschedule}.
     */
    public List<RecordedEvent> change(EventContext context, String bookingId, String serviceId, String notes) {
        Booking booking = bookingState(bookingId);
        String staffId = booking instanceof Booking.Existing b ? b.details().staffId() : null;
        BookingCommand.ChangeDetails command = BookingPolicy.change(booking,
                load(staffId, StaffDecider::streamId, new StaffDecider(), StaffEvent.class),
                serviceId == null ? null
                        : load(serviceId, ServiceDecider::streamId, new ServiceDecider(), ServiceEvent.class),
                notes, context.userId(), clock.instant());
        return onBooking(context, command);
    }

    private List<RecordedEvent> onBooking(EventContext context, BookingCommand command) {
        return store.execute(context, BookingDecider.streamId(command.bookingId()), BOOKINGS, BookingEvent.class,
                command);
    }

    private void releasing(EventContext context, BookingCommand step) {
        Booking booking = bookingState(step.bookingId());
        Branch branch = booking instanceof Booking.Existing b ? branch(b.details().branchId()) : new Branch.NotOpened();
        BookingPolicy.Release plan = BookingPolicy.release(booking, branch, step, clock.instant());
        List<Step<?, ?, ?>> steps = new ArrayList<>(List.of(
                Step.on(BookingDecider.streamId(step.bookingId()), BOOKINGS, BookingEvent.class, plan.booking()),
                Step.on(BookingPolicy.staffDayStream(plan.staffDay()), STAFF_DAYS, StaffDayEvent.class, plan.staffDay()),
                Step.on(BookingPolicy.customerDayStream(plan.customerDay()), CUSTOMER_DAYS, CustomerDayEvent.class,
                        plan.customerDay())));
        steps.addAll(ResourceDays.steps(plan.resources()));
        store.execute(context, steps);
    }

    private Duration checkInWindow(String bookingId) {
        Booking booking = bookingState(bookingId);
        return BookingPolicy.checkInWindow(booking instanceof Booking.Existing b
                ? branch(b.details().branchId()) : new Branch.NotOpened());
    }

    private static Step<?, ?, ?> staffDay(StaffDayCommand.Reserve reserve) {
        return Step.on(BookingPolicy.staffDayStream(reserve), STAFF_DAYS, StaffDayEvent.class, reserve);
    }

    private static Step<?, ?, ?> customerDay(CustomerDayCommand.Reserve reserve) {
        return Step.on(BookingPolicy.customerDayStream(reserve), CUSTOMER_DAYS, CustomerDayEvent.class, reserve);
    }

    private Booking bookingState(String bookingId) {
        return store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state();
    }

    private Branch branch(String branchId) {
        return load(branchId, BranchDecider::streamId, new BranchDecider(), BranchEvent.class);
    }

    /** An aggregate's state, or its initial state when no id was given (nothing chosen on the form). */
    private <C, S, E extends DomainEvent> S load(String id, Function<String, String> streamOf,
                                                 Decider<C, S, E> decider, Class<E> type) {
        return id == null ? decider.initialState() : store.load(streamOf.apply(id), decider, type).state();
    }
}
