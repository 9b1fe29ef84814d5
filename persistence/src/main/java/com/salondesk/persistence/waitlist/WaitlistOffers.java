package com.salondesk.persistence.waitlist;

import com.salondesk.domain.availability.BranchAvailability;
import com.salondesk.domain.availability.Stylists;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.domain.availability.VisitSlot;
import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.waitlist.WaitlistEntry;
import com.salondesk.domain.waitlist.Wish;
import com.salondesk.persistence.command.AggregateStore;
import com.salondesk.persistence.command.WaitlistDesk;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.WaitlistEntryView;
import com.salondesk.persistence.read.WaitlistQueries;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers time given back to the customers waiting for it. When a stylist's day releases a booking's time (cancelled,
 * a no-show, moved, lost), on the desk that recorded the release only, the branch's open waitlist entries are
 * looked at, who waits longest first, and the first whose wish the freed time fits, and for whom it is really free
 * now (the live availability: opening hours, the stylist's services, the customer's other visits; and the stylist's
 * day itself), is offered a start within it. One entry per freed booking; an offer's id comes from the freed booking
 * and the entry, and an entry remembers what it was offered, so a redelivered release offers nothing twice.
 */
public final class WaitlistOffers implements EventHandler {

    public static final String NAME = "waitlist-offers";
    /** The actor offers are recorded for. */
    public static final String ACTOR = "waitlist-offers";

    private static final Logger LOG = LoggerFactory.getLogger(WaitlistOffers.class);
    private static final StaffDayDecider STAFF_DAYS = new StaffDayDecider();

    private final WaitlistDesk waitlist;
    private final WaitlistQueries entries;
    private final AggregateStore store;
    private final DeskEventLog log;
    private final Supplier<Optional<DeskIdentity>> identity;
    private final Function<String, Optional<BranchAvailability>> availability;
    private final LongConsumer awaitReadModels;
    private final Clock clock;

    /**
     * @param availability    a copy of a branch's live availability engine ({@code AvailabilityView::branch})
     * @param awaitReadModels waits until the read models have taken the log up to a position, so that an entry
     *                        joined before the release is on the list asked
     */
    public WaitlistOffers(WaitlistDesk waitlist, WaitlistQueries entries, AggregateStore store, DeskEventLog log,
                          Supplier<Optional<DeskIdentity>> identity,
                          Function<String, Optional<BranchAvailability>> availability, LongConsumer awaitReadModels,
                          Clock clock) {
        this.waitlist = waitlist;
        this.entries = entries;
        this.store = store;
        this.log = log;
        this.identity = identity;
        this.availability = availability;
        this.awaitReadModels = awaitReadModels;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("schedule.slot-released");
    }

    @Override
    public void handle(HandlerContext context, RecordedEvent recorded) {
        if (!(recorded.event() instanceof StaffDayEvent.SlotReleased released)) {
            return;
        }
        Optional<DeskIdentity> desk = identity.get();
        if (desk.isEmpty() || !desk.get().deviceId().equals(recorded.envelope().metadata().deviceId())) {
            return;
        }
        Optional<StaffDayEvent.SlotReserved> freed = reservationReleasedBy(recorded, released);
        Booking booking = store.load(BookingDecider.streamId(released.bookingId()), new BookingDecider(),
                BookingEvent.class).state();
        if (freed.isEmpty() || !(booking instanceof Booking.Existing existing)) {
            return;
        }
        String branchId = existing.details().branchId();
        awaitReadModels.accept(recorded.position());
        List<WaitlistEntryView> open = entries.open(branchId);
        if (open.isEmpty() || offeredAlready(open, released.bookingId())) {
            return;
        }
        Optional<BranchAvailability> engine = availability.apply(branchId);
        if (engine.isEmpty()) {
            return;
        }
        StaffDay day = store.load(StaffDayDecider.streamId(released.staffId(), released.date()), STAFF_DAYS,
                StaffDayEvent.class).state();
        BranchAvailability now = withoutFreedBooking(engine.get(), freed.get());
        Instant at = clock.instant();
        for (WaitlistEntryView entry : open) {
            if (!"WAITING".equals(entry.status())) {
                continue;
            }
            Optional<VisitSlot> slot = fittingSlot(now, day, freed.get(), entry, at);
            if (slot.isPresent() && offered(desk.get(), recorded, entry, released, slot.get())) {
                return;
            }
        }
    }

    /** The reservation this release gave back: the booking's last one in the stream before it. */
    private Optional<StaffDayEvent.SlotReserved> reservationReleasedBy(RecordedEvent recorded,
                                                                      StaffDayEvent.SlotReleased released) {
        StaffDayEvent.SlotReserved found = null;
        for (RecordedEvent e : log.readStream(recorded.streamId(), 0)) {
            if (e.version() >= recorded.version()) {
                break;
            }
            if (e.event() instanceof StaffDayEvent.SlotReserved r && r.bookingId().equals(released.bookingId())) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether an entry was offered this freed time already (the release is delivered again). */
    private boolean offeredAlready(List<WaitlistEntryView> open, String freedBookingId) {
        for (WaitlistEntryView entry : open) {
            Set<String> offered = switch (waitlist.entry(entry.entryId())) {
                case WaitlistEntry.Waiting w -> w.offeredBefore();
                case WaitlistEntry.Offered o -> o.offeredBefore();
                case WaitlistEntry.None n -> Set.of();
                case WaitlistEntry.Booked b -> Set.of();
                case WaitlistEntry.Left l -> Set.of();
            };
            if (offered.contains(freedBookingId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The engine without the freed booking where the release left it: the live view may not have taken the release
     * yet. A booking the view shows elsewhere already (moved) keeps its new time.
     */
    private static BranchAvailability withoutFreedBooking(BranchAvailability engine, StaffDayEvent.SlotReserved freed) {
        boolean stillThere = engine.booking(freed.bookingId()).map(v -> v.parts().stream().anyMatch(p ->
                p.staffId().equals(freed.staffId()) && p.start().equals(freed.date().atTime(freed.start()))))
                .orElse(false);
        if (stillThere) {
            engine.remove(freed.bookingId());
        }
        return engine;
    }

    /**
     * The earliest start within the freed time at which the entry's service with the freed stylist is free now and
     * fits the wish; the stylist's day, read from its stream, has the last word on the stylist's time.
     */
    private static Optional<VisitSlot> fittingSlot(BranchAvailability engine, StaffDay day,
                                                   StaffDayEvent.SlotReserved freed, WaitlistEntryView entry,
                                                   Instant now) {
        if (entry.staffId() != null && !entry.staffId().equals(freed.staffId())) {
            return Optional.empty();
        }
        LocalDateTime from = freed.date().atTime(freed.start());
        LocalDateTime until = freed.date().atTime(freed.end());
        List<VisitSlot> slots;
        try {
            slots = engine.freeSlots(new VisitRequest(List.of(entry.serviceId()), Stylists.named(freed.staffId()),
                    Optional.of(entry.customerId()), now), freed.date());
        } catch (IllegalArgumentException notOffered) {
            // The branch's engine does not know the service (removed, or not this branch's).
            return Optional.empty();
        }
        Wish wish = new Wish(entry.customerId(), entry.branchId(), entry.serviceId(),
                entry.staffId(), entry.wantedFrom(), entry.wantedTo(), entry.earliest(), entry.latest(), entry.note());
        return slots.stream()
                .filter(s -> !s.start().isBefore(from) && s.start().isBefore(until))
                .filter(s -> wish.fits(entry.branchId(), freed.staffId(), s.start(), s.end()))
                .filter(s -> day.clashWith("", new TimeRange(s.start().toLocalTime(),
                        s.end().toLocalTime())).isEmpty())
                .findFirst();
    }

    /** Records the offer; false when the entry can no longer take one. */
    private boolean offered(DeskIdentity desk, RecordedEvent cause, WaitlistEntryView entry,
                       StaffDayEvent.SlotReleased released, VisitSlot slot) {
        String correlation = cause.envelope().metadata().correlationId();
        EventContext context = new EventContext(desk.tenantId(), desk.branchId(), desk.deviceId(), ACTOR,
                correlation == null ? UuidV7.next().toString() : correlation, cause.id().toString());
        try {
            waitlist.offer(context, entry.entryId(), released.bookingId(), released.staffId(), slot.start(),
                    slot.end());
            return true;
        } catch (DomainRejection refused) {
            // The entry changed since the list was read (left, booked, offered elsewhere): nothing to offer it now.
            LOG.info("waitlist entry {} not offered the time of {}: {}", entry.entryId(), released.bookingId(),
                    refused.code());
            return false;
        }
    }
}
