package com.salondesk.domain.waitlist;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps one customer's place on the waitlist ({@code waitlist-<entryId>}): joined with a wish that makes sense,
 * offered freed times that fit it one at a time (each freed booking once), and closed by booking the offer or by
 * leaving.
 */
public final class WaitlistDecider implements Decider<WaitlistCommand, WaitlistEntry, WaitlistEvent> {

    /** The longest note a wish keeps. */
    public static final int NOTE_LIMIT = 500;

    public static String streamId(String entryId) {
        return "waitlist-" + entryId;
    }

    /**
     * The offer of the time {@code freedBookingId} gave back to {@code entryId}: always the same for the same pair, so
     * an event delivered again offers nothing twice.
     */
    public static String offerIdFor(String freedBookingId, String entryId) {
        return UUID.nameUUIDFromBytes(("salondesk-waitlist-offer:" + freedBookingId + ":" + entryId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public WaitlistEntry initialState() {
        return new WaitlistEntry.None();
    }

    @Override
    public List<WaitlistEvent> decide(WaitlistCommand command, WaitlistEntry state) {
        return switch (command) {
            case WaitlistCommand.Join j -> switch (state) {
                case WaitlistEntry.None n -> List.of(joined(j));
                case WaitlistEntry.Waiting w when w.joined().equals(joined(j)) -> List.of();
                case WaitlistEntry.Waiting w -> throw new DomainRejection("waitlist.already-joined", j.entryId());
                case WaitlistEntry.Offered o -> throw new DomainRejection("waitlist.already-joined", j.entryId());
                case WaitlistEntry.Booked b -> throw new DomainRejection("waitlist.already-joined", j.entryId());
                case WaitlistEntry.Left l -> throw new DomainRejection("waitlist.already-joined", j.entryId());
            };
            case WaitlistCommand.Offer o -> offer(o, state);
            case WaitlistCommand.Decline d -> switch (state) {
                case WaitlistEntry.Offered o when o.offer().offerId().equals(d.offerId()) ->
                        List.of(new WaitlistEvent.OfferDeclined(d.entryId(), d.offerId(), text(d.reason())));
                case WaitlistEntry.Waiting w when isPast(w.offeredBefore(), d.offerId(), d.entryId()) -> List.of();
                case WaitlistEntry.None n -> throw new DomainRejection("waitlist.not-found", d.entryId());
                case WaitlistEntry.Booked b -> throw new DomainRejection("waitlist.closed");
                case WaitlistEntry.Left l -> throw new DomainRejection("waitlist.closed");
                case WaitlistEntry.Waiting w -> throw new DomainRejection("waitlist.no-open-offer");
                case WaitlistEntry.Offered o -> throw new DomainRejection("waitlist.no-open-offer");
            };
            case WaitlistCommand.Book b -> switch (state) {
                case WaitlistEntry.Offered o when o.offer().offerId().equals(b.offerId()) -> {
                    if (b.bookingId() == null || b.bookingId().isBlank()) {
                        throw new DomainRejection("waitlist.booking-required");
                    }
                    yield List.of(new WaitlistEvent.Booked(b.entryId(), b.offerId(), b.bookingId()));
                }
                case WaitlistEntry.Booked done when done.offerId().equals(b.offerId())
                        && done.bookingId().equals(b.bookingId()) -> List.of();
                case WaitlistEntry.None n -> throw new DomainRejection("waitlist.not-found", b.entryId());
                case WaitlistEntry.Booked done -> throw new DomainRejection("waitlist.closed");
                case WaitlistEntry.Left l -> throw new DomainRejection("waitlist.closed");
                case WaitlistEntry.Waiting w -> throw new DomainRejection("waitlist.no-open-offer");
                case WaitlistEntry.Offered o -> throw new DomainRejection("waitlist.no-open-offer");
            };
            case WaitlistCommand.Leave l -> switch (state) {
                case WaitlistEntry.None n -> throw new DomainRejection("waitlist.not-found", l.entryId());
                case WaitlistEntry.Waiting w -> List.of(new WaitlistEvent.Left(l.entryId(), text(l.reason())));
                case WaitlistEntry.Offered o -> List.of(new WaitlistEvent.Left(l.entryId(), text(l.reason())));
                case WaitlistEntry.Left done -> List.of();
                case WaitlistEntry.Booked done -> throw new DomainRejection("waitlist.closed");
            };
        };
    }

    private static WaitlistEvent.Joined joined(WaitlistCommand.Join j) {
        Wish w = j.wish();
        if (w == null || blank(w.customerId())) {
            throw new DomainRejection("waitlist.customer-required");
        }
        if (blank(w.branchId())) {
            throw new DomainRejection("waitlist.branch-required");
        }
        if (blank(w.serviceId())) {
            throw new DomainRejection("waitlist.service-required");
        }
        if (w.from() == null || w.to() == null) {
            throw new DomainRejection("waitlist.dates-required");
        }
        if (w.to().isBefore(w.from())) {
            throw new DomainRejection("waitlist.dates-out-of-order", w.from(), w.to());
        }
        if (w.from().isBefore(j.today())) {
            throw new DomainRejection("waitlist.date-in-past", w.from());
        }
        if (w.earliest() != null && w.latest() != null && !w.earliest().isBefore(w.latest())) {
            throw new DomainRejection("waitlist.times-out-of-order", w.earliest(), w.latest());
        }
        if (w.note().length() > NOTE_LIMIT) {
            throw new DomainRejection("waitlist.note-too-long", NOTE_LIMIT);
        }
        return new WaitlistEvent.Joined(j.entryId(), w.customerId(), w.branchId(), w.serviceId(), w.staffId(),
                w.from(), w.to(), w.earliest(), w.latest(), w.note());
    }

    private static List<WaitlistEvent> offer(WaitlistCommand.Offer o, WaitlistEntry state) {
        String offerId = offerIdFor(o.freedBookingId(), o.entryId());
        return switch (state) {
            case WaitlistEntry.None n -> throw new DomainRejection("waitlist.not-found", o.entryId());
            case WaitlistEntry.Booked b -> throw new DomainRejection("waitlist.closed");
            case WaitlistEntry.Left l -> throw new DomainRejection("waitlist.closed");
            case WaitlistEntry.Offered open when open.offer().offerId().equals(offerId) -> List.of();
            case WaitlistEntry.Offered open -> throw new DomainRejection("waitlist.offer-open");
            case WaitlistEntry.Waiting w when w.offeredBefore().contains(o.freedBookingId()) -> List.of();
            case WaitlistEntry.Waiting w -> {
                if (o.start() == null || o.end() == null || !o.start().isBefore(o.end())
                        || !w.joined().wish().fits(w.joined().branchId(), o.staffId(), o.start(), o.end())) {
                    throw new DomainRejection("waitlist.offer-does-not-fit");
                }
                yield List.of(new WaitlistEvent.SlotOffered(o.entryId(), offerId, o.freedBookingId(), o.staffId(),
                        o.start(), o.end(), o.now()));
            }
        };
    }

    /** Whether {@code offerId} was one of the entry's earlier offers (declining it again changes nothing). */
    private static boolean isPast(Set<String> offeredBefore, String offerId, String entryId) {
        return offeredBefore.stream().anyMatch(freed -> offerIdFor(freed, entryId).equals(offerId));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public WaitlistEntry evolve(WaitlistEntry state, WaitlistEvent event) {
        return switch (event) {
            case WaitlistEvent.Joined j -> new WaitlistEntry.Waiting(j, Set.of());
            case WaitlistEvent.SlotOffered o -> switch (state) {
                case WaitlistEntry.Waiting w -> new WaitlistEntry.Offered(w.joined(), o, plus(w.offeredBefore(),
                        o.freedBookingId()));
                case WaitlistEntry.Offered open -> new WaitlistEntry.Offered(open.joined(), o,
                        plus(open.offeredBefore(), o.freedBookingId()));
                default -> state;
            };
            case WaitlistEvent.OfferDeclined d -> state instanceof WaitlistEntry.Offered o
                    ? new WaitlistEntry.Waiting(o.joined(), o.offeredBefore()) : state;
            case WaitlistEvent.Booked b -> state instanceof WaitlistEntry.Offered o
                    ? new WaitlistEntry.Booked(o.joined(), b.offerId(), b.bookingId()) : state;
            case WaitlistEvent.Left l -> switch (state) {
                case WaitlistEntry.Waiting w -> new WaitlistEntry.Left(w.joined(), l.reason());
                case WaitlistEntry.Offered o -> new WaitlistEntry.Left(o.joined(), l.reason());
                default -> state;
            };
        };
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state (after sync moved it aside). A wish is
     * judged against its own first day: it was not in the past when it was recorded, and stays so.
     */
    public static WaitlistCommand again(WaitlistEvent event, String actor, java.time.Instant at) {
        return switch (event) {
            case WaitlistEvent.Joined j -> new WaitlistCommand.Join(j.entryId(), j.wish(), j.wantedFrom(), actor, at);
            case WaitlistEvent.SlotOffered o -> new WaitlistCommand.Offer(o.entryId(), o.freedBookingId(), o.staffId(),
                    o.start(), o.end(), actor, o.offeredAt());
            case WaitlistEvent.OfferDeclined d -> new WaitlistCommand.Decline(d.entryId(), d.offerId(), d.reason(), actor,
                    at);
            case WaitlistEvent.Booked b -> new WaitlistCommand.Book(b.entryId(), b.offerId(), b.bookingId(), actor, at);
            case WaitlistEvent.Left l -> new WaitlistCommand.Leave(l.entryId(), l.reason(), actor, at);
        };
    }

    private static Set<String> plus(Set<String> ids, String id) {
        Set<String> more = new HashSet<>(ids);
        more.add(id);
        return more;
    }
}
