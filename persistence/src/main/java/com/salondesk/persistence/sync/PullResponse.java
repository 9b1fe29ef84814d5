package com.salondesk.persistence.sync;

import com.salondesk.persistence.event.EventEnvelope;
import java.util.List;
import java.util.Objects;

/** The answer to {@code GET /api/v1/events}: events in ascending global position, and the tenant's head. */
public record PullResponse(List<EventEnvelope> events, long head) {
    public PullResponse {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }
}
