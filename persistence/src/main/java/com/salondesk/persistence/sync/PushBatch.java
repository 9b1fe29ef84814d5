package com.salondesk.persistence.sync;

import com.salondesk.persistence.event.EventEnvelope;
import java.util.List;
import java.util.Objects;

/** The body of {@code POST /api/v1/events}: a desk's pending events, in the order it recorded them. */
public record PushBatch(List<EventEnvelope> events) {
    public PushBatch {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }
}
