package com.salondesk.persistence.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.MalformedEventException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event read from the desk's log: its position there, its envelope and its decoded payload.
 *
 * <p>Read from the log, the envelope is built on the first call of {@link #envelope()}, from the stored
 * payload and metadata text: replay and catch-up only need the decoded {@link #event()} and the columns
 * below ({@link #id()}, {@link #type()}, {@link #streamId()}, {@link #version()}, {@link #recordedAt()},
 * {@link #tenantId()}), and parsing the metadata and the payload tree for every event cost about as much
 * as reading the rows. Stored metadata that cannot be read is reported by {@code envelope()}, as a
 * {@link MalformedEventException}, every time it is called. Instances are safe to hand between threads;
 * the envelope is built once and every caller sees the same one.
 *
 * <p>Equality, hash code and text are those of a record of position, envelope, event and sync status.
 */
public final class RecordedEvent {

    private final long position;
    private final DomainEvent event;
    private final SyncStatus syncStatus;
    private final UUID id;
    private final String type;
    private final String streamId;
    private final long version;
    private final Instant recordedAt;
    private final String tenantId;
    private final Long globalPosition;

    /** The envelope once built; set under this object's lock. */
    private volatile EventEnvelope envelope;
    /** What the envelope is built from, dropped once it is; guarded by this object's lock. */
    private String payloadJson;
    private String metadataJson;
    private EventTypeRegistry types;

    /** An event whose envelope is at hand, as the append path has it. */
    public RecordedEvent(long position, EventEnvelope envelope, DomainEvent event, SyncStatus syncStatus) {
        Objects.requireNonNull(envelope, "envelope");
        this.position = position;
        this.envelope = envelope;
        this.event = event;
        this.syncStatus = syncStatus;
        this.id = envelope.id();
        this.type = envelope.type();
        this.streamId = envelope.streamId();
        this.version = envelope.version();
        this.recordedAt = envelope.timestamp();
        this.tenantId = envelope.metadata().tenantId();
        this.globalPosition = envelope.globalPosition();
    }

    private RecordedEvent(long position, UUID id, String type, String streamId, long version, Instant recordedAt,
                          String tenantId, Long globalPosition, String payloadJson, String metadataJson,
                          EventTypeRegistry types, DomainEvent event, SyncStatus syncStatus) {
        this.position = position;
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.streamId = Objects.requireNonNull(streamId, "streamId");
        this.version = version;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.globalPosition = globalPosition;
        this.payloadJson = Objects.requireNonNull(payloadJson, "payloadJson");
        this.metadataJson = Objects.requireNonNull(metadataJson, "metadataJson");
        this.types = Objects.requireNonNull(types, "types");
        this.event = event;
        this.syncStatus = syncStatus;
    }

    /**
     * An event as a row of the log holds it; its envelope is built from {@code payloadJson} and
     * {@code metadataJson} when first asked for. {@code event} is the payload already decoded.
     */
    static RecordedEvent stored(long position, UUID id, String type, String streamId, long version,
                                Instant recordedAt, String tenantId, Long globalPosition, String payloadJson,
                                String metadataJson, EventTypeRegistry types, DomainEvent event,
                                SyncStatus syncStatus) {
        return new RecordedEvent(position, id, type, streamId, version, recordedAt, tenantId, globalPosition,
                payloadJson, metadataJson, types, event, syncStatus);
    }

    public long position() {
        return position;
    }

    /**
     * The full envelope, built on first call for events read from the log. Throws
     * {@link MalformedEventException} when the stored metadata or payload cannot be read.
     */
    public EventEnvelope envelope() {
        EventEnvelope built = envelope;
        if (built == null) {
            synchronized (this) {
                built = envelope;
                if (built == null) {
                    built = buildEnvelope();
                    envelope = built;
                    payloadJson = null;
                    metadataJson = null;
                    types = null;
                }
            }
        }
        return built;
    }

    private EventEnvelope buildEnvelope() {
        ObjectMapper json = types.json();
        EventMetadata metadata;
        try {
            metadata = json.readValue(metadataJson, EventMetadata.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("metadata of event " + id + " (position " + position
                    + ") cannot be read: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage()), e);
        }
        if (metadata == null) {
            throw new MalformedEventException("metadata of event " + id + " (position " + position
                    + ") is not a JSON object", null);
        }
        return new EventEnvelope(id, type, streamId, version, recordedAt, types.parsePayload(type, payloadJson),
                metadata, globalPosition);
    }

    public DomainEvent event() {
        return event;
    }

    public SyncStatus syncStatus() {
        return syncStatus;
    }

    /** The event's id, without building the envelope. */
    public UUID id() {
        return id;
    }

    /** The event's wire name ({@code booking.created}), without building the envelope. */
    public String type() {
        return type;
    }

    public String streamId() {
        return streamId;
    }

    public long version() {
        return version;
    }

    /** When the event was recorded (the envelope's timestamp), without building the envelope. */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** The position the sync server gave the event; null while it is pending (or was refused). */
    public Long globalPosition() {
        return globalPosition;
    }

    /** The tenant the event belongs to (the metadata's tenant id), without building the envelope. */
    public String tenantId() {
        return tenantId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RecordedEvent other
                && position == other.position
                && Objects.equals(envelope(), other.envelope())
                && Objects.equals(event, other.event)
                && Objects.equals(syncStatus, other.syncStatus);
    }

    @Override
    public int hashCode() {
        // As a record of the four components computes it.
        int h = Long.hashCode(position);
        h = 31 * h + Objects.hashCode(envelope());
        h = 31 * h + Objects.hashCode(event);
        return 31 * h + Objects.hashCode(syncStatus);
    }

    @Override
    public String toString() {
        String envelopeText;
        try {
            envelopeText = String.valueOf(envelope());
        } catch (MalformedEventException e) {
            envelopeText = "<" + e.getMessage() + ">";
        }
        return "RecordedEvent[position=" + position + ", envelope=" + envelopeText + ", event=" + event
                + ", syncStatus=" + syncStatus + "]";
    }
}
