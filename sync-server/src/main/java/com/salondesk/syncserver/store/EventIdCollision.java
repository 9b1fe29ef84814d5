package com.salondesk.syncserver.store;

import java.util.List;
import java.util.UUID;

/**
 * Pushed events reuse ids that are already stored with different content. The whole push was refused and
 * nothing of it was stored.
 */
public final class EventIdCollision extends RuntimeException {
    private final List<UUID> eventIds;

    public EventIdCollision(List<UUID> eventIds) {
        super("event ids already stored with different content: " + eventIds);
        this.eventIds = List.copyOf(eventIds);
    }

    public List<UUID> eventIds() {
        return eventIds;
    }
}
