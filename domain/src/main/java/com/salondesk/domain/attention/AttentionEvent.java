package com.salondesk.domain.attention;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/** Facts about an entry on the Needs-attention list; wire names in docs/events.md. */
public sealed interface AttentionEvent extends DomainEvent {
    String entryId();

    /**
     * Something needs a person on the desk {@code deviceId} (the desk that lost): {@code kind}, the booking it is
     * about ({@code bookingId}, empty for a refused change of something else), the bookings that won
     * ({@code rivalBookingIds}), the rule that refused it ({@code rejectionCode} with its arguments as text), and the
     * event of this desk that the server's order displaced ({@code supersededEventId}, its type and stream).
     */
    record Raised(String entryId, AttentionKind kind, String bookingId, List<String> rivalBookingIds,
                  String rejectionCode, List<String> rejectionArguments, String supersededEventId,
                  String supersededType, String supersededStreamId, String deviceId) implements AttentionEvent {
        public Raised {
            bookingId = bookingId == null ? "" : bookingId;
            rivalBookingIds = List.copyOf(rivalBookingIds);
            rejectionArguments = List.copyOf(rejectionArguments);
        }

        /** The refusal, to be put in a person's words ({@link DomainRejection#text}). */
        public DomainRejection rejection() {
            return new DomainRejection(rejectionCode, rejectionArguments.toArray());
        }
    }

    /** The entry was dealt with, {@code how}, by {@code by} (the user at the desk). */
    record Resolved(String entryId, Resolution how, String by) implements AttentionEvent {
    }
}
