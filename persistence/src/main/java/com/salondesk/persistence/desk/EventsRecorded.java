package com.salondesk.persistence.desk;

import java.util.List;

/** Posted on the event bus after a transaction that recorded these events has committed. */
public record EventsRecorded(List<RecordedEvent> events) {
    public EventsRecorded {
        events = List.copyOf(events);
    }

    public long lastPosition() {
        return events.isEmpty() ? 0 : events.getLast().position();
    }
}
