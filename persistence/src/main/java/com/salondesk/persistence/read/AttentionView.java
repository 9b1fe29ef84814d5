package com.salondesk.persistence.read;

import com.salondesk.domain.attention.AttentionKind;
import com.salondesk.domain.attention.Resolution;
import com.salondesk.domain.shared.DomainRejection;
import java.time.Instant;
import java.util.List;

/**
 * One entry on the Needs-attention list: what it is about ({@code kind}; the booking that lost its time, empty for a
 * refused change of something else; the bookings that won), the rule that refused it (code and arguments as text),
 * this desk's displaced event (id, type, stream), the desk that must act, when it was raised, and — once dealt
 * with — how, by whom and when (all null while open).
 */
public record AttentionView(String entryId, AttentionKind kind, String bookingId, List<String> rivalBookingIds,
                            String rejectionCode, List<String> rejectionArguments, String supersededEventId,
                            String supersededType, String supersededStreamId, String deviceId, Instant raisedAt,
                            Resolution resolution, String resolvedBy, Instant resolvedAt) {

    public AttentionView {
        rivalBookingIds = List.copyOf(rivalBookingIds);
        rejectionArguments = List.copyOf(rejectionArguments);
    }

    public boolean open() {
        return resolution == null;
    }

    /** The refusal, to be put in a person's words with {@link DomainRejection#text}. */
    public DomainRejection rejection() {
        return new DomainRejection(rejectionCode, rejectionArguments.toArray());
    }
}
