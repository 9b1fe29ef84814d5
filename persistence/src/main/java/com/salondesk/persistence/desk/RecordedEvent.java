package com.salondesk.persistence.desk;

import com.salondesk.domain.shared.DomainEvent;

/** An event read from the desk's log: its position there, its envelope and its decoded payload. */
public record RecordedEvent(long position, com.salondesk.persistence.event.EventEnvelope envelope, DomainEvent event,
                            SyncStatus syncStatus) {

    public String streamId() {
        return envelope.streamId();
    }

    public long version() {
        return envelope.version();
    }
}
