package com.salondesk.domain.waitlist;

import java.util.Set;

/** A waitlist entry at each stage: not joined, waiting, holding an offer, booked, left. */
public sealed interface WaitlistEntry {

    record None() implements WaitlistEntry {
    }

    /** Waiting for a time; {@code offeredBefore} holds the freed bookings already offered to this entry. */
    record Waiting(WaitlistEvent.Joined joined, Set<String> offeredBefore) implements WaitlistEntry {
        public Waiting {
            offeredBefore = Set.copyOf(offeredBefore);
        }
    }

    /** An offer is open: the customer is asked whether they take it. */
    record Offered(WaitlistEvent.Joined joined, WaitlistEvent.SlotOffered offer, Set<String> offeredBefore)
            implements WaitlistEntry {
        public Offered {
            offeredBefore = Set.copyOf(offeredBefore);
        }
    }

    /** The offer became {@code bookingId}; closed. */
    record Booked(WaitlistEvent.Joined joined, String offerId, String bookingId) implements WaitlistEntry {
    }

    /** The customer left the list; closed. */
    record Left(WaitlistEvent.Joined joined, String reason) implements WaitlistEntry {
    }
}
