package com.salondesk.domain.attention;

import java.time.Instant;
import java.util.List;

/** What the desk asks of a Needs-attention entry. */
public sealed interface AttentionCommand {
    String entryId();

    /** Put an entry on the list; the fields are {@link AttentionEvent.Raised}'s. */
    record Raise(String entryId, AttentionKind kind, String bookingId, List<String> rivalBookingIds,
                 String rejectionCode, List<String> rejectionArguments, String supersededEventId,
                 String supersededType, String supersededStreamId, String deviceId, Instant now)
            implements AttentionCommand {
        public Raise {
            rivalBookingIds = List.copyOf(rivalBookingIds);
            rejectionArguments = List.copyOf(rejectionArguments);
        }
    }

    /** Take the entry off the list: it was dealt with {@code how}. */
    record Resolve(String entryId, Resolution how, String actor, Instant now) implements AttentionCommand {
    }
}
