package com.salondesk.persistence.desk;

import static com.salondesk.persistence.desk.DeskSchema.Events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.eventbus.EventBus;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.MalformedEventException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * The desk's append-only event log on H2. Appends check each stream's expected version inside one
 * transaction and write all or nothing; after commit the recorded events are posted on the event bus.
 *
 * <p>Appends on one desk are serialized by a lock so that local positions become visible in the order
 * they were assigned: a handler that reads "everything after my checkpoint" can never skip an event
 * that committed late.
 */
public final class DeskEventLog {

    private final DSLContext dsl;
    private final EventTypeRegistry types;
    private final EventBus bus;
    private final Clock clock;
    private final ObjectMapper json;
    private final ReentrantLock appendLock = new ReentrantLock();

    public DeskEventLog(DeskDatabase database, EventTypeRegistry types, EventBus bus, Clock clock) {
        this.dsl = database.dsl();
        this.types = Objects.requireNonNull(types, "types");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = types.json();
    }

    /**
     * Records the events of one or more streams in one transaction. Throws {@link StreamVersionConflict}
     * (and writes nothing) when any stream is not at its expected version.
     */
    public List<RecordedEvent> append(EventContext context, List<StreamAppend> appends) {
        List<RecordedEvent> recorded;
        appendLock.lock();
        try {
            recorded = dsl.transactionResult(tx -> write(tx.dsl(), context, appends));
        } catch (DataAccessException e) {
            throw translate(e, appends);
        } finally {
            appendLock.unlock();
        }
        if (!recorded.isEmpty()) {
            bus.post(new EventsRecorded(recorded));
        }
        return recorded;
    }

    /** Records the events of one stream. */
    public List<RecordedEvent> append(EventContext context, StreamAppend append) {
        return append(context, List.of(append));
    }

    private List<RecordedEvent> write(DSLContext tx, EventContext context, List<StreamAppend> appends) {
        List<RecordedEvent> recorded = new ArrayList<>();
        Instant now = clock.instant();
        for (StreamAppend append : appends) {
            long actual = currentVersion(tx, append.streamId());
            if (actual != append.expectedVersion()) {
                throw new StreamVersionConflict(append.streamId(), append.expectedVersion(), actual, null);
            }
            long version = actual;
            for (DomainEvent event : append.events()) {
                version++;
                EventTypeRegistry.EventType type = types.typeOf(event);
                EventMetadata metadata = new EventMetadata(context.tenantId(), context.branchId(), context.deviceId(),
                        context.userId(), context.correlationId(), context.causationId(), type.schemaVersion());
                EventEnvelope envelope = new EventEnvelope(UuidV7.next(), type.wireName(), append.streamId(), version,
                        now, types.toPayload(event), metadata, null);
                long position = insert(tx, envelope);
                recorded.add(new RecordedEvent(position, envelope, event, SyncStatus.PENDING));
            }
        }
        return recorded;
    }

    private long insert(DSLContext tx, EventEnvelope e) {
        Record r = tx.insertInto(Events.TABLE)
                .set(Events.ID, e.id())
                .set(Events.STREAM_ID, e.streamId())
                .set(Events.VERSION, Math.toIntExact(e.version()))
                .set(Events.EVENT_TYPE, e.type())
                .set(Events.SCHEMA_VERSION, e.metadata().schemaVersion())
                .set(Events.EVENT_DATA, write(e.payload()))
                .set(Events.METADATA, write(e.metadata()))
                .set(Events.RECORDED_AT, e.timestamp().atOffset(ZoneOffset.UTC))
                .set(Events.TENANT_ID, e.metadata().tenantId())
                .set(Events.SYNC_STATUS, SyncStatus.PENDING.name())
                .returningResult(Events.LOCAL_SEQ)
                .fetchOne();
        return Objects.requireNonNull(r, "the database returned no position").get(Events.LOCAL_SEQ);
    }

    /** The version a stream is at; 0 when it has no events. */
    public long currentVersion(String streamId) {
        return currentVersion(dsl, streamId);
    }

    private static long currentVersion(DSLContext ctx, String streamId) {
        Integer max = ctx.select(DSL.max(Events.VERSION)).from(Events.TABLE)
                .where(Events.STREAM_ID.eq(streamId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    /** Every event of one stream, in version order. */
    public List<RecordedEvent> readStream(String streamId) {
        return readStream(streamId, 0);
    }

    /** The events of one stream after {@code afterVersion}, in version order. */
    public List<RecordedEvent> readStream(String streamId, long afterVersion) {
        return dsl.select(columns()).from(Events.TABLE)
                .where(Events.STREAM_ID.eq(streamId)).and(Events.VERSION.gt(Math.toIntExact(afterVersion)))
                .orderBy(Events.VERSION)
                .fetch(this::decode);
    }

    /** Up to {@code limit} events after a local position, in log order. */
    public List<RecordedEvent> readAfter(long position, int limit) {
        return readAfter(dsl, position, limit);
    }

    /** As {@link #readAfter(long, int)}, inside a caller's transaction. */
    public List<RecordedEvent> readAfter(DSLContext ctx, long position, int limit) {
        return ctx.select(columns()).from(Events.TABLE)
                .where(Events.LOCAL_SEQ.gt(position))
                .orderBy(Events.LOCAL_SEQ)
                .limit(limit)
                .fetch(this::decode);
    }

    /** The position of the newest event on this desk; 0 for an empty log. */
    public long headPosition() {
        Long max = dsl.select(DSL.max(Events.LOCAL_SEQ)).from(Events.TABLE).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    public long count() {
        return dsl.fetchCount(Events.TABLE);
    }

    private static List<org.jooq.Field<?>> columns() {
        return List.of(Events.LOCAL_SEQ, Events.ID, Events.STREAM_ID, Events.VERSION, Events.EVENT_TYPE,
                Events.SCHEMA_VERSION, Events.EVENT_DATA, Events.METADATA, Events.RECORDED_AT,
                Events.GLOBAL_POSITION, Events.SYNC_STATUS);
    }

    private RecordedEvent decode(Record r) {
        String type = r.get(Events.EVENT_TYPE);
        int schemaVersion = r.get(Events.SCHEMA_VERSION);
        ObjectNode payload = read(r.get(Events.EVENT_DATA), ObjectNode.class);
        EventMetadata metadata = read(r.get(Events.METADATA), EventMetadata.class);
        UUID id = r.get(Events.ID);
        EventEnvelope envelope = new EventEnvelope(id, type, r.get(Events.STREAM_ID), r.get(Events.VERSION),
                r.get(Events.RECORDED_AT).toInstant(), payload, metadata, r.get(Events.GLOBAL_POSITION));
        DomainEvent event = types.fromPayload(type, schemaVersion, payload);
        return new RecordedEvent(r.get(Events.LOCAL_SEQ), envelope, event, SyncStatus.valueOf(r.get(Events.SYNC_STATUS)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("stored " + type.getSimpleName() + " is not valid JSON", e);
        }
    }

    /**
     * A version conflict found by our own check arrives wrapped by jOOQ's transaction; one that only the
     * unique (stream_id, version) index caught — a concurrent writer outside this log's lock — arrives as
     * an integrity violation. Both become a {@link StreamVersionConflict} naming the stream that moved.
     */
    private RuntimeException translate(DataAccessException e, List<StreamAppend> appends) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamVersionConflict conflict) {
                return conflict;
            }
        }
        if (e instanceof IntegrityConstraintViolationException) {
            for (StreamAppend a : appends) {
                long actual = currentVersion(a.streamId());
                if (actual != a.expectedVersion()) {
                    return new StreamVersionConflict(a.streamId(), a.expectedVersion(), actual, e);
                }
            }
        }
        return e;
    }
}
