package com.salondesk.persistence.command;

import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingDetails;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.command.AggregateStore.Loaded;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.desk.StreamVersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The front desk's booking commands. Booking and un-booking touch two aggregates — the booking and the
 * stylist's day — which on the desk are written in one transaction, each at the version it was read.
 */
public final class BookingDesk {

    private final AggregateStore store;
    private final Clock clock;
    private final BookingDecider bookings = new BookingDecider();
    private final StaffDayDecider days = new StaffDayDecider();

    public BookingDesk(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Books and returns the new booking's id; a broken rule throws a {@link DomainRejection}. The rules
     * are checked against the aggregates themselves, never against a read model that may lag behind.
     */
    public String book(EventContext context, NewBooking request) {
        Instant now = clock.instant();
        if (!(load(CustomerDecider.streamId(request.customerId()), new CustomerDecider(), CustomerEvent.class)
                instanceof Customer.Registered customer)) {
            throw new DomainRejection("booking.unknown-customer", "Choose a customer for the booking.");
        }
        if (!(load(BranchDecider.streamId(request.branchId()), new BranchDecider(), BranchEvent.class)
                instanceof Branch.Open branch)) {
            throw new DomainRejection("booking.unknown-branch", "There is no branch " + request.branchId() + ".");
        }
        if (!(load(StaffDecider.streamId(request.staffId()), new StaffDecider(), StaffEvent.class)
                instanceof StaffMember.Employed staff)) {
            throw new DomainRejection("booking.unknown-staff", "Choose a stylist for the booking.");
        }
        if (!(load(ServiceDecider.streamId(request.serviceId()), new ServiceDecider(), ServiceEvent.class)
                instanceof SalonService.Offered service)) {
            throw new DomainRejection("booking.unknown-service", "Choose a service for the booking.");
        }
        if (!staff.branchId().equals(branch.branchId())) {
            throw new DomainRejection("booking.staff-not-at-branch", staff.name() + " does not work at " + branch.name() + ".");
        }
        if (!staff.canPerform(service.serviceId())) {
            throw new DomainRejection("booking.staff-cannot-perform", staff.name() + " does not do " + service.name() + ".");
        }
        if (request.start() == null || request.end() == null || !request.end().isAfter(request.start())) {
            throw new DomainRejection("booking.invalid-time", "A booking must end after it starts.");
        }
        LocalDate date = request.start().toLocalDate();
        if (!request.end().toLocalDate().equals(date)) {
            throw new DomainRejection("booking.spans-days", "A booking must start and end on the same day.");
        }
        ZoneId zone = ZoneId.of(branch.timeZone());
        String bookingId = UuidV7.next().toString();
        BookingDetails details = BookingDetails.single(customer.customerId(), branch.branchId(), staff.staffId(),
                service.serviceId(), request.start().atZone(zone).toInstant(), request.end().atZone(zone).toInstant(),
                service.price());
        var windows = Availability.workingWindows(branch.openingHours(), staff.workingHours(), date);
        var slot = new TimeRange(request.start().toLocalTime(), request.end().toLocalTime());
        String dayStream = StaffDayDecider.streamId(staff.staffId(), date);
        var reserve = new StaffDayCommand.Reserve(staff.staffId(), date, bookingId, slot, windows, request.overbook(), now);
        var create = new BookingCommand.Request(bookingId, details, context.userId(), now);
        appendTogether(context,
                () -> plan(dayStream, days, StaffDayEvent.class, reserve),
                newStream(BookingDecider.streamId(bookingId), bookings, BookingEvent.class, create));
        return bookingId;
    }

    public List<RecordedEvent> confirm(EventContext context, String bookingId) {
        return onBooking(context, new BookingCommand.Confirm(bookingId, context.userId(), clock.instant()));
    }

    public List<RecordedEvent> checkIn(EventContext context, String bookingId) {
        return onBooking(context, new BookingCommand.CheckIn(bookingId, context.userId(), clock.instant()));
    }

    public List<RecordedEvent> complete(EventContext context, String bookingId) {
        return onBooking(context, new BookingCommand.Complete(bookingId, context.userId(), clock.instant()));
    }

    /** Records a no-show and gives the stylist's time back. */
    public void markNoShow(EventContext context, String bookingId) {
        releasing(context, bookingId, new BookingCommand.MarkNoShow(bookingId, context.userId(), clock.instant()));
    }

    /** Cancels and gives the stylist's time back. */
    public void cancel(EventContext context, String bookingId, String reason) {
        releasing(context, bookingId, new BookingCommand.Cancel(bookingId, reason, context.userId(), clock.instant()));
    }

    private <C, S, E extends DomainEvent> S load(String streamId, Decider<C, S, E> decider, Class<E> type) {
        return store.load(streamId, decider, type).state();
    }

    private List<RecordedEvent> onBooking(EventContext context, BookingCommand command) {
        return store.execute(context, BookingDecider.streamId(command.bookingId()), bookings, BookingEvent.class, command);
    }

    private void releasing(EventContext context, String bookingId, BookingCommand command) {
        Loaded<Booking> booking = store.load(BookingDecider.streamId(bookingId), bookings, BookingEvent.class);
        if (!(booking.state() instanceof Booking.Existing existing)) {
            throw new DomainRejection("booking.not-found", "There is no booking " + bookingId + ".");
        }
        if (!(load(BranchDecider.streamId(existing.details().branchId()), new BranchDecider(), BranchEvent.class)
                instanceof Branch.Open branch)) {
            throw new IllegalStateException("booking " + bookingId + " names branch " + existing.details().branchId()
                    + ", which the log does not know");
        }
        ZoneId zone = ZoneId.of(branch.timeZone());
        String staffId = existing.details().staffId();
        LocalDate date = existing.details().start().atZone(zone).toLocalDate();
        var release = new StaffDayCommand.Release(staffId, date, bookingId, clock.instant());
        appendTogether(context,
                () -> plan(BookingDecider.streamId(bookingId), bookings, BookingEvent.class, command),
                () -> plan(StaffDayDecider.streamId(staffId, date), days, StaffDayEvent.class, release));
    }

    /** What one stream should append, and what to do once it has (take a snapshot if one is due). */
    private record Planned(StreamAppend append, Consumer<EventContext> afterAppend) {
    }

    /** Loads, decides and returns what one stream should append. */
    private <C, S, E extends DomainEvent> Planned plan(String streamId, Decider<C, S, E> decider,
                                                       Class<E> type, C command) {
        return planOn(streamId, decider, store.load(streamId, decider, type), command);
    }

    /** Decides on state already at hand and returns what the stream should append. */
    private <C, S, E extends DomainEvent> Planned planOn(String streamId, Decider<C, S, E> decider,
                                                         Loaded<S> loaded, C command) {
        List<E> events = decider.decide(command, loaded.state());
        return new Planned(new StreamAppend(streamId, loaded.version(), events),
                context -> store.snapshotIfDue(context, streamId, decider, loaded, events));
    }

    /**
     * Plans a stream this desk has just named with a fresh id: the first time on the initial state, without
     * reading a stream that holds nothing; if the append is tried again, on the stored state like any other.
     */
    private <C, S, E extends DomainEvent> Supplier<Planned> newStream(String streamId, Decider<C, S, E> decider,
                                                                      Class<E> type, C command) {
        AtomicBoolean first = new AtomicBoolean(true);
        return () -> {
            if (!first.getAndSet(false)) {
                return plan(streamId, decider, type, command);
            }
            return planOn(streamId, decider, new Loaded<>(decider.initialState(), 0), command);
        };
    }

    /**
     * Plans every stream's append on freshly loaded state and writes them in one transaction; when
     * another command on this desk got there first, plans again on the newer state.
     */
    @SafeVarargs
    private void appendTogether(EventContext context, Supplier<Planned>... planners) {
        for (int attempt = 1; ; attempt++) {
            List<Planned> plans = new ArrayList<>();
            for (var planner : planners) {
                Planned plan = planner.get();
                if (!plan.append().events().isEmpty()) {
                    plans.add(plan);
                }
            }
            if (plans.isEmpty()) {
                return;
            }
            try {
                store.log().append(context, plans.stream().map(Planned::append).toList());
                plans.forEach(p -> p.afterAppend().accept(context));
                return;
            } catch (StreamVersionConflict conflict) {
                if (attempt >= AggregateStore.ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
