package com.salondesk.persistence.desk;

import java.util.List;

/**
 * What {@link DeskEventLog#storePulled} did with one pulled batch: the events of others it stored (in log
 * order, now SYNCED with their global positions), how many were this desk's own coming back, and the
 * streams whose pending events the server's events displaced.
 */
public record PulledEvents(List<RecordedEvent> stored, int ownConfirmed, List<SupersededStream> superseded) {
    public PulledEvents {
        stored = List.copyOf(stored);
        superseded = List.copyOf(superseded);
    }
}
