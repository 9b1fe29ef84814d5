package com.salondesk.persistence.desk;

import java.util.List;
import java.util.Objects;

/**
 * This desk's pending events of one stream that the server's events displaced (a push answered
 * {@code conflict}), in version order and exactly as recorded. They are no longer in the log but wait in
 * {@code superseded_events} until a {@link Rebaser} settles them.
 */
public record SupersededStream(String streamId, List<RecordedEvent> events) {
    public SupersededStream {
        Objects.requireNonNull(streamId, "streamId");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a superseded stream holds at least one event");
        }
    }
}
