package com.salondesk.persistence.read;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One booking in a customer's history: when and where, with whom, for what, how it ended, and what was paid at the
 * checkout that settled it ({@code spend}: null when none did; a checkout of several bookings counts once, against
 * the first of them). {@code recordId} is the customer record the booking was made for — a merged-away one's, too.
 */
public record CustomerVisit(String bookingId, String recordId, Instant start, Instant end, ZoneId zone,
                            String branchName, String staffName, String serviceName, BookingStatus status,
                            CancelReason.Category cancelCategory, String cancelReason, Money price, Money spend) {
}
