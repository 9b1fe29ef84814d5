package com.salondesk.persistence.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it is stored on the desk, sent over the wire and kept in the central store.
 * {@code globalPosition} is null until the sync server has accepted the event.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(UUID id, String type, String streamId, long version, Instant timestamp,
                            ObjectNode payload, EventMetadata metadata, Long globalPosition) {
    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    public EventEnvelope withGlobalPosition(long position) {
        return new EventEnvelope(id, type, streamId, version, timestamp, payload, metadata, position);
    }
}
