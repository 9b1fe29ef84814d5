package com.salondesk.domain.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the desk asks of a waitlist entry. Every command names who asks and when. */
public sealed interface WaitlistCommand {
    String entryId();

    /** Put a customer on the waitlist; {@code today} is the branch's date now (a wish may not lie before it). */
    record Join(String entryId, Wish wish, LocalDate today, String actor, Instant now) implements WaitlistCommand {
    }

    /** Offer the time {@code freedBookingId} gave back: {@code staffId} from {@code start} to {@code end}. */
    record Offer(String entryId, String freedBookingId, String staffId, LocalDateTime start, LocalDateTime end,
                 String actor, Instant now) implements WaitlistCommand {
    }

    /** The customer does not take the open offer {@code offerId}. */
    record Decline(String entryId, String offerId, String reason, String actor, Instant now) implements WaitlistCommand {
    }

    /** The open offer {@code offerId} was booked as {@code bookingId}. */
    record Book(String entryId, String offerId, String bookingId, String actor, Instant now) implements WaitlistCommand {
    }

    /** Take the customer off the waitlist for {@code reason}. */
    record Leave(String entryId, String reason, String actor, Instant now) implements WaitlistCommand {
    }
}
