package com.salondesk.persistence.command;

import com.salondesk.domain.attention.Attention;
import com.salondesk.domain.attention.AttentionCommand;
import com.salondesk.domain.attention.AttentionDecider;
import com.salondesk.domain.attention.AttentionEvent;
import com.salondesk.domain.attention.Resolution;
import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.schedule.CustomerDayCommand;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Deals with an entry on the Needs-attention list, each way in one command that also resolves the entry: a booking
 * that lost its time is moved (with the new-booking dialog's checks, its new time held in the stylist's and the
 * customer's day), kept where it was as a deliberate overbooking, or cancelled; a refused change is dismissed.
 * The rules are {@link BookingPolicy}'s and {@link AttentionDecider}'s; this class loads the states and runs them.
 */
public final class AttentionDesk {

    private static final AttentionDecider ENTRIES = new AttentionDecider();
    private static final BookingDecider BOOKINGS = new BookingDecider();
    private static final StaffDayDecider STAFF_DAYS = new StaffDayDecider();
    private static final CustomerDayDecider CUSTOMER_DAYS = new CustomerDayDecider();

    private final AggregateStore store;
    private final Clock clock;

    public AttentionDesk(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Moves the entry's booking to {@code staffId} from {@code start} to {@code end} (the branch's local time), and
     * resolves the entry as MOVED. Refused, with nothing recorded, when the new time breaks a booking rule or is
     * taken.
     */
    public void move(EventContext context, String entryId, String staffId, LocalDateTime start, LocalDateTime end) {
        Instant now = clock.instant();
        var resolve = resolve(context, entryId, Resolution.MOVED, now);
        Booking booking = booking(resolve.bookingId);
        String branchId = booking instanceof Booking.Existing b ? b.details().branchId() : null;
        String customerId = booking instanceof Booking.Existing b ? b.details().customerId() : null;
        String serviceId = booking instanceof Booking.Existing b ? b.details().mainServiceId() : null;
        BookingPolicy.Move plan = BookingPolicy.move(booking,
                customerId == null ? new CustomerDecider().initialState()
                        : store.load(CustomerDecider.streamId(customerId), new CustomerDecider(), CustomerEvent.class).state(),
                branch(branchId),
                staffId == null ? new StaffDecider().initialState()
                        : store.load(StaffDecider.streamId(staffId), new StaffDecider(), StaffEvent.class).state(),
                serviceId == null ? new ServiceDecider().initialState()
                        : store.load(ServiceDecider.streamId(serviceId), new ServiceDecider(), ServiceEvent.class).state(),
                start, end, context.userId(), now);
        List<Step<?, ?, ?>> steps = new java.util.ArrayList<>(List.of(
                onBooking(plan.booking()),
                staffDay(plan.staffDay()),
                customerDay(plan.customerDay()),
                resolve.step));
        steps.addAll(ResourceDays.steps(plan.resources()));
        store.execute(context, steps);
    }

    /** Keeps the entry's booking where it was, as a deliberate overbooking, and resolves the entry as OVERBOOKED. */
    public void keepAsOverbook(EventContext context, String entryId) {
        Instant now = clock.instant();
        var resolve = resolve(context, entryId, Resolution.OVERBOOKED, now);
        Booking booking = booking(resolve.bookingId);
        BookingPolicy.Keep plan = BookingPolicy.keepAsOverbook(booking, branchOf(booking), context.userId(), now);
        store.execute(context, List.of(
                onBooking(plan.booking()),
                staffDay(plan.staffDay()),
                customerDay(plan.customerDay()),
                resolve.step));
    }

    /** Cancels the entry's booking for {@code reason} and resolves the entry as CANCELLED. */
    public void cancel(EventContext context, String entryId, CancelReason reason) {
        Instant now = clock.instant();
        var resolve = resolve(context, entryId, Resolution.CANCELLED, now);
        Booking booking = booking(resolve.bookingId);
        BookingPolicy.Release plan = BookingPolicy.release(booking, branchOf(booking),
                new BookingCommand.Cancel(resolve.bookingId, reason, context.userId(), now), now);
        List<Step<?, ?, ?>> steps = new java.util.ArrayList<>(List.of(
                onBooking(plan.booking()),
                Step.on(BookingPolicy.staffDayStream(plan.staffDay()), STAFF_DAYS, StaffDayEvent.class, plan.staffDay()),
                Step.on(BookingPolicy.customerDayStream(plan.customerDay()), CUSTOMER_DAYS, CustomerDayEvent.class,
                        plan.customerDay()),
                resolve.step));
        steps.addAll(ResourceDays.steps(plan.resources()));
        store.execute(context, steps);
    }

    /** Takes a refused change off the list: a person has seen it. */
    public void dismiss(EventContext context, String entryId) {
        store.execute(context, List.of(resolve(context, entryId, Resolution.DISMISSED, clock.instant()).step));
    }

    /** The entry's resolution as a step, checked first, so that an entry of the wrong kind is refused as such. */
    private Resolving resolve(EventContext context, String entryId, Resolution how, Instant now) {
        var command = new AttentionCommand.Resolve(entryId, how, context.userId(), now);
        String stream = AttentionDecider.streamId(entryId);
        Attention state = store.load(stream, ENTRIES, AttentionEvent.class).state();
        ENTRIES.decide(command, state);
        String bookingId = state instanceof Attention.Open open ? open.raised().bookingId() : "";
        return new Resolving(bookingId, Step.on(stream, ENTRIES, AttentionEvent.class, command));
    }

    private record Resolving(String bookingId, Step<?, ?, ?> step) {
    }

    private Booking booking(String bookingId) {
        return store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state();
    }

    private Branch branchOf(Booking booking) {
        return branch(booking instanceof Booking.Existing b ? b.details().branchId() : null);
    }

    private Branch branch(String branchId) {
        return branchId == null ? new Branch.NotOpened()
                : store.load(BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class).state();
    }

    private static Step<?, ?, ?> onBooking(BookingCommand command) {
        return Step.on(BookingDecider.streamId(command.bookingId()), BOOKINGS, BookingEvent.class, command);
    }

    private static Step<?, ?, ?> staffDay(StaffDayCommand.Reserve reserve) {
        return Step.on(BookingPolicy.staffDayStream(reserve), STAFF_DAYS, StaffDayEvent.class, reserve);
    }

    private static Step<?, ?, ?> customerDay(CustomerDayCommand.Reserve reserve) {
        return Step.on(BookingPolicy.customerDayStream(reserve), CUSTOMER_DAYS, CustomerDayEvent.class, reserve);
    }
}
