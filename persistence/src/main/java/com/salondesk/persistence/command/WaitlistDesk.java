package com.salondesk.persistence.command;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.waitlist.WaitlistCommand;
import com.salondesk.domain.waitlist.WaitlistDecider;
import com.salondesk.domain.waitlist.WaitlistEntry;
import com.salondesk.domain.waitlist.WaitlistEvent;
import com.salondesk.domain.waitlist.Wish;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The waitlist's commands: a customer joins with a wish, leaves, declines an offer, or books it. Booking an offer goes
 * through {@link BookingDesk#book} with every booking rule, and records {@code waitlist.booked} in the same
 * transaction, so a retry after a failure finds either both or neither (and a second "Book it" is refused, never
 * booked twice). The rules are {@link WaitlistDecider}'s; offers are made by the desk handler that watches releases.
 */
public final class WaitlistDesk {

    private static final WaitlistDecider ENTRIES = new WaitlistDecider();

    private final AggregateStore store;
    private final BookingDesk bookings;
    private final Clock clock;

    public WaitlistDesk(AggregateStore store, BookingDesk bookings, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Puts a customer on the waitlist with {@code wish} and returns the new entry's id. */
    public String join(EventContext context, Wish wish) {
        String entryId = UuidV7.next().toString();
        LocalDate today = LocalDate.now(clock.withZone(zoneOf(wish == null ? null : wish.branchId())));
        store.executeOnNewStream(context, WaitlistDecider.streamId(entryId), ENTRIES, WaitlistEvent.class,
                new WaitlistCommand.Join(entryId, wish, today, context.userId(), clock.instant()));
        return entryId;
    }

    /** Takes the customer off the waitlist for {@code reason}. */
    public void leave(EventContext context, String entryId, String reason) {
        store.execute(context, WaitlistDecider.streamId(entryId), ENTRIES, WaitlistEvent.class,
                new WaitlistCommand.Leave(entryId, reason, context.userId(), clock.instant()));
    }

    /** The customer does not take the open offer; the entry waits again. */
    public void decline(EventContext context, String entryId, String reason) {
        WaitlistEvent.SlotOffered offer = openOffer(entryId);
        store.execute(context, WaitlistDecider.streamId(entryId), ENTRIES, WaitlistEvent.class,
                new WaitlistCommand.Decline(entryId, offer.offerId(), reason, context.userId(), clock.instant()));
    }

    /**
     * Books the entry's open offer for its customer and service, with the offered stylist and time, and closes the
     * entry; returns the new booking's id. A booking rule that refuses (the time was taken meanwhile) throws its
     * {@link DomainRejection}, and nothing is recorded.
     */
    public String bookOffer(EventContext context, String entryId) {
        WaitlistEntry state = entry(entryId);
        if (!(state instanceof WaitlistEntry.Offered offered)) {
            // The decider says why in its own words (no entry, closed, no offer).
            ENTRIES.decide(new WaitlistCommand.Book(entryId, "", "", context.userId(), clock.instant()), state);
            throw new DomainRejection("waitlist.no-open-offer");
        }
        WaitlistEvent.Joined joined = offered.joined();
        WaitlistEvent.SlotOffered offer = offered.offer();
        NewBooking request = new NewBooking(joined.customerId(), joined.branchId(), offer.staffId(),
                joined.serviceId(), offer.start(), offer.end(), false);
        return bookings.book(context, request, bookingId -> List.of(Step.on(WaitlistDecider.streamId(entryId),
                ENTRIES, WaitlistEvent.class, new WaitlistCommand.Book(entryId, offer.offerId(), bookingId,
                        context.userId(), clock.instant()))));
    }

    /**
     * Offers the time {@code freedBookingId} gave back ({@code staffId}, {@code start}–{@code end}) to the entry. The
     * same freed booking offered to the same entry again records nothing.
     */
    public void offer(EventContext context, String entryId, String freedBookingId, String staffId, LocalDateTime start,
                      LocalDateTime end) {
        store.execute(context, WaitlistDecider.streamId(entryId), ENTRIES, WaitlistEvent.class,
                new WaitlistCommand.Offer(entryId, freedBookingId, staffId, start, end, context.userId(),
                        clock.instant()));
    }

    /** The entry as its stream holds it now. */
    public WaitlistEntry entry(String entryId) {
        return store.load(WaitlistDecider.streamId(entryId), ENTRIES, WaitlistEvent.class).state();
    }

    private WaitlistEvent.SlotOffered openOffer(String entryId) {
        WaitlistEntry state = entry(entryId);
        if (state instanceof WaitlistEntry.Offered offered) {
            return offered.offer();
        }
        ENTRIES.decide(new WaitlistCommand.Decline(entryId, "", "", "", clock.instant()), state);
        throw new DomainRejection("waitlist.no-open-offer");
    }

    private ZoneId zoneOf(String branchId) {
        if (branchId == null || branchId.isBlank()) {
            return clock.getZone();
        }
        Branch branch = store.load(BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class).state();
        return branch instanceof Branch.Open open ? ZoneId.of(open.timeZone()) : clock.getZone();
    }
}
