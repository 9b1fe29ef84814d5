package com.salondesk.domain.operations;

import java.util.HashSet;
import java.util.Set;

/** What a handler's stream says so far: the events a person had it pass over. */
public record HandlerRecord(Set<String> skippedEventIds) {

    public HandlerRecord {
        skippedEventIds = Set.copyOf(skippedEventIds);
    }

    /** A handler nobody has decided anything about yet. */
    public static HandlerRecord none() {
        return new HandlerRecord(Set.of());
    }

    public boolean skipped(String eventId) {
        return skippedEventIds.contains(eventId);
    }

    HandlerRecord withSkipped(String eventId) {
        Set<String> more = new HashSet<>(skippedEventIds);
        more.add(eventId);
        return new HandlerRecord(more);
    }
}
