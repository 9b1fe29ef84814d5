package com.salondesk.persistence.command;

import com.salondesk.domain.attention.AttentionCommand;
import com.salondesk.domain.attention.AttentionDecider;
import com.salondesk.domain.attention.AttentionEvent;
import com.salondesk.domain.attention.AttentionKind;
import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.notification.BranchTemplateEvent;
import com.salondesk.domain.notification.BranchTemplatesDecider;
import com.salondesk.domain.notification.NotificationDecider;
import com.salondesk.domain.notification.NotificationEvent;
import com.salondesk.domain.operations.HandlerDecider;
import com.salondesk.domain.operations.HandlerEvent;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.product.ProductDecider;
import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.schedule.CustomerDay;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.resource.ResourceDayDecider;
import com.salondesk.domain.resource.ResourceDayEvent;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.tenant.TenantDecider;
import com.salondesk.domain.tenant.TenantEvent;
import com.salondesk.domain.voucher.VoucherDecider;
import com.salondesk.domain.voucher.VoucherEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.Rebaser;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.SupersededStream;
import com.salondesk.persistence.event.EventMetadata;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides this desk's displaced events again on the state the server's order made (DESIGN.md, "the server's order
 * is the truth"). For each superseded event, in version order: the command that recorded it (each decider's
 * {@code again}) is decided on the current state, as the same user in the same correlation, caused by the displaced
 * event, at the time it was first recorded; the outcome is recorded and the event settled in one transaction.
 *
 * <p>When the domain now refuses a reservation of a stylist's or a customer's time, the booking loses its time
 * ({@code booking.time-lost}, and gives back what it still held) and an entry is raised on this desk's
 * Needs-attention list, in the same transaction; a booking cancelled or missed by now only settles. Any other
 * refusal raises a CHANGE_REFUSED entry, so nothing disappears without a person seeing it. An entry's id comes from
 * the displaced event's id, and settled events are passed over, so running the same stream twice records nothing
 * twice.
 */
public final class Rebase implements Rebaser {

    private static final Logger LOG = LoggerFactory.getLogger(Rebase.class);

    private static final BookingDecider BOOKINGS = new BookingDecider();
    private static final StaffDayDecider STAFF_DAYS = new StaffDayDecider();
    private static final CustomerDayDecider CUSTOMER_DAYS = new CustomerDayDecider();
    private static final CustomerDecider CUSTOMERS = new CustomerDecider();
    private static final AttentionDecider ENTRIES = new AttentionDecider();

    private final AggregateStore store;
    private final DeskEventLog log;
    private final Supplier<Optional<DeskIdentity>> identity;

    /** {@code identity}: this desk's identity as it is now (a desk may join a tenant after it opened). */
    public Rebase(AggregateStore store, DeskEventLog log, Supplier<Optional<DeskIdentity>> identity) {
        this.store = store;
        this.log = log;
        this.identity = identity;
    }

    @Override
    public void rebase(SupersededStream stream) {
        Set<UUID> unsettled = log.unsettled(stream.events().stream().map(RecordedEvent::id).toList());
        for (RecordedEvent displaced : stream.events()) {
            if (unsettled.contains(displaced.id())) {
                decideAgain(stream, displaced);
            }
        }
    }

    /** Every stream left unsettled, as on a start after the desk stopped half-way through a rebase. */
    public void rebaseUnsettled() {
        log.unsettledSuperseded().forEach(this::rebase);
    }

    private void decideAgain(SupersededStream stream, RecordedEvent displaced) {
        EventContext context = contextOf(displaced);
        List<UUID> settles = List.of(displaced.id());
        Optional<Step<?, ?, ?>> step = stepFor(stream, displaced, context.userId());
        if (step.isEmpty()) {
            LOG.warn("no command records {} ({}); it is left to a person", displaced.type(), displaced.id());
            changeRefused(context, displaced, new DomainRejection("sync.not-decided-again", displaced.streamId()));
            return;
        }
        try {
            store.execute(context, List.of(step.get()), settles);
        } catch (DomainRejection refused) {
            LOG.info("{} of {} ({}) is refused on the server's state: {}", displaced.type(), displaced.streamId(),
                    displaced.id(), refused.code());
            switch (displaced.event()) {
                case StaffDayEvent.SlotReserved s when s.bookingId() != null
                        && StaffDayDecider.SLOT_TAKEN.equals(refused.code()) -> timeLost(context, displaced,
                        s.bookingId(), s.date(), staffRivals(displaced.streamId(), s), refused);
                case CustomerDayEvent.VisitReserved v when v.bookingId() != null
                        && CustomerDayDecider.ALREADY_BOOKED.equals(refused.code()) -> timeLost(context, displaced,
                        v.bookingId(), v.date(), customerRivals(displaced.streamId(), v), refused);
                default -> changeRefused(context, displaced, refused);
            }
        }
    }

    /**
     * The command that recorded the displaced event, on its stream, decided as of the time it was first recorded;
     * empty for an event no command records.
     */
    private Optional<Step<?, ?, ?>> stepFor(SupersededStream stream, RecordedEvent displaced, String actor) {
        String id = displaced.streamId();
        Instant at = displaced.recordedAt();
        DomainEvent event = displaced.event();
        Step<?, ?, ?> step = switch (event) {
            case StaffDayEvent e -> Step.on(id, STAFF_DAYS, StaffDayEvent.class, StaffDayDecider.again(e, at));
            case CustomerDayEvent e -> Step.on(id, CUSTOMER_DAYS, CustomerDayEvent.class,
                    CustomerDayDecider.again(e, at));
            case BookingEvent e -> Step.on(id, BOOKINGS, BookingEvent.class,
                    BookingDecider.again(e, checkInWindow(e.bookingId()), actor, at));
            case CustomerEvent e -> Step.on(id, CUSTOMERS, CustomerEvent.class,
                    CustomerDecider.again(e, customerAsThisDeskSawIt(stream, displaced), at));
            case AttentionEvent e -> Step.on(id, ENTRIES, AttentionEvent.class, AttentionDecider.again(e, at));
            case BranchEvent e -> Step.on(id, new BranchDecider(), BranchEvent.class, BranchDecider.again(e, at));
            case StaffEvent e -> Step.on(id, new StaffDecider(), StaffEvent.class, StaffDecider.again(e, at));
            case ResourceDayEvent e -> Step.on(id, new ResourceDayDecider(), ResourceDayEvent.class,
                    ResourceDayDecider.again(e, at));
            case ServiceEvent e -> Step.on(id, new ServiceDecider(), ServiceEvent.class, ServiceDecider.again(e, at));
            case TenantEvent e -> Step.on(id, new TenantDecider(), TenantEvent.class, TenantDecider.again(e, at));
            case HandlerEvent e -> Step.on(id, new HandlerDecider(), HandlerEvent.class, HandlerDecider.again(e));
            case NotificationEvent e -> Step.on(id, new NotificationDecider(), NotificationEvent.class,
                    NotificationDecider.again(e, actor, at));
            case BranchTemplateEvent e -> Step.on(id, new BranchTemplatesDecider(), BranchTemplateEvent.class,
                    BranchTemplatesDecider.again(e, actor, at));
            case PaymentEvent e -> Step.on(id, new PaymentDecider(), PaymentEvent.class,
                    PaymentDecider.again(e, actor, at));
            case VoucherEvent e -> Step.on(id, new VoucherDecider(), VoucherEvent.class,
                    VoucherDecider.again(e, actor, at));
            case ProductEvent e -> Step.on(id, new ProductDecider(), ProductEvent.class, ProductDecider.again(e, actor, at));
            default -> null;
        };
        return Optional.ofNullable(step);
    }

    /**
     * The customer as this desk saw it when it changed their details: the stream's accepted events before the
     * displaced ones, then this desk's displaced events before this one. Only what this desk changed from there
     * is applied again, so two desks' edits merge per field.
     */
    private Customer customerAsThisDeskSawIt(SupersededStream stream, RecordedEvent displaced) {
        long firstDisplaced = stream.events().getFirst().version();
        List<CustomerEvent> seen = new ArrayList<>();
        for (RecordedEvent e : log.readStream(stream.streamId())) {
            if (e.version() < firstDisplaced) {
                seen.add((CustomerEvent) e.event());
            }
        }
        for (RecordedEvent e : stream.events()) {
            if (e.version() >= displaced.version()) {
                break;
            }
            seen.add((CustomerEvent) e.event());
        }
        return CUSTOMERS.fold(seen);
    }

    /**
     * A refused reservation: the booking loses its time (and gives back what it still holds) and an entry is raised
     * for this desk, with the event settled, all in one transaction. A booking that holds no time by now (cancelled,
     * a no-show, lost already) only settles.
     */
    private void timeLost(EventContext context, RecordedEvent displaced, String bookingId, LocalDate date,
                          List<String> rivals, DomainRejection refused) {
        Booking booking = store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state();
        if (!(booking instanceof Booking.Existing existing)) {
            changeRefused(context, displaced, refused);
            return;
        }
        Branch branch = store.load(BranchDecider.streamId(existing.details().branchId()), new BranchDecider(),
                BranchEvent.class).state();
        var plan = BookingPolicy.loseTime(booking, branch, existing.details().staffId(), date, rivals, refused.code(),
                context.userId(), displaced.recordedAt());
        if (plan.isEmpty()) {
            store.execute(context, List.of(), List.of(displaced.id()));
            return;
        }
        var lost = plan.get();
        List<Step<?, ?, ?>> steps = new ArrayList<>(List.of(
                Step.on(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class, lost.booking()),
                Step.on(BookingPolicy.staffDayStream(lost.staffDay()), STAFF_DAYS, StaffDayEvent.class,
                        lost.staffDay()),
                Step.on(BookingPolicy.customerDayStream(lost.customerDay()), CUSTOMER_DAYS, CustomerDayEvent.class,
                        lost.customerDay()),
                raise(context, displaced, AttentionKind.BOOKING_TIME_LOST, bookingId, rivals, refused)));
        steps.addAll(ResourceDays.steps(lost.resources()));
        store.execute(context, steps, List.of(displaced.id()));
    }

    /** Any other refusal: an entry for a person on this desk, and the event settled, in one transaction. */
    private void changeRefused(EventContext context, RecordedEvent displaced, DomainRejection refused) {
        String bookingId = displaced.event() instanceof BookingEvent b ? b.bookingId()
                : displaced.event() instanceof StaffDayEvent s ? s.bookingId()
                : displaced.event() instanceof CustomerDayEvent c ? c.bookingId()
                : displaced.event() instanceof ResourceDayEvent r ? r.bookingId() : "";
        store.execute(context, List.of(raise(context, displaced, AttentionKind.CHANGE_REFUSED, bookingId, List.of(),
                refused)), List.of(displaced.id()));
    }

    private static Step<?, ?, ?> raise(EventContext context, RecordedEvent displaced, AttentionKind kind,
                                       String bookingId, List<String> rivals, DomainRejection refused) {
        String entryId = AttentionDecider.entryIdFor(displaced.id());
        return Step.on(AttentionDecider.streamId(entryId), ENTRIES, AttentionEvent.class,
                new AttentionCommand.Raise(entryId, kind, bookingId, rivals, refused.code(),
                        AttentionDecider.argumentsOf(refused), displaced.id().toString(), displaced.type(),
                        displaced.streamId(), context.deviceId(), displaced.recordedAt()));
    }

    /** The bookings that hold the stylist's time the displaced reservation wanted. */
    private List<String> staffRivals(String streamId, StaffDayEvent.SlotReserved wanted) {
        StaffDay day = store.load(streamId, STAFF_DAYS, StaffDayEvent.class).state();
        return overlapping(day.reservations(), wanted.bookingId(), new TimeRange(wanted.start(), wanted.end()));
    }

    /** The bookings that hold the customer's time the displaced visit wanted. */
    private List<String> customerRivals(String streamId, CustomerDayEvent.VisitReserved wanted) {
        CustomerDay day = store.load(streamId, CUSTOMER_DAYS, CustomerDayEvent.class).state();
        return overlapping(day.visits(), wanted.bookingId(), new TimeRange(wanted.start(), wanted.end()));
    }

    private static List<String> overlapping(Map<String, TimeRange> held, String bookingId, TimeRange slot) {
        return held.entrySet().stream().filter(e -> !e.getKey().equals(bookingId) && e.getValue().overlaps(slot))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private Duration checkInWindow(String bookingId) {
        Booking booking = store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state();
        return BookingPolicy.checkInWindow(booking instanceof Booking.Existing b
                ? store.load(BranchDecider.streamId(b.details().branchId()), new BranchDecider(), BranchEvent.class)
                .state()
                : new Branch.NotOpened());
    }

    /**
     * The displaced event's context, for what it becomes: the same tenant, branch, user and correlation; caused by
     * the displaced event; recorded by this desk.
     */
    private EventContext contextOf(RecordedEvent displaced) {
        EventMetadata m = displaced.envelope().metadata();
        String device = identity.get().map(DeskIdentity::deviceId).orElse(m.deviceId());
        String correlation = m.correlationId() == null ? displaced.id().toString() : m.correlationId();
        return new EventContext(m.tenantId(), m.branchId(), device, m.userId(), correlation,
                displaced.id().toString());
    }
}
