package com.salondesk.persistence.desk;

import com.salondesk.domain.shared.DomainEvent;
import java.util.List;
import java.util.Objects;

/**
 * New events for one stream, valid only if the stream is still at {@code expectedVersion}
 * (0 for a stream that must not exist yet).
 */
public record StreamAppend(String streamId, long expectedVersion, List<? extends DomainEvent> events) {
    public StreamAppend {
        Objects.requireNonNull(streamId, "streamId");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be 0 or more, was " + expectedVersion);
        }
        events = List.copyOf(events);
    }
}
