package com.salondesk.persistence.desk;

import static com.salondesk.persistence.desk.DeskSchema.Events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.eventbus.EventBus;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The desk's append-only event log on H2. Appends check each stream's expected version inside one
 * transaction and write all or nothing; after commit the recorded events are posted on the event bus.
 *
 * <p>Appends on one desk go through one writer connection under a lock, and the log assigns local
 * positions itself: positions become visible in the order they were assigned, so a handler that reads
 * "everything after my checkpoint" can never skip an event that committed late. One log per database;
 * H2's file lock keeps other processes out.
 *
 * <p>The command path (load a stream, check its version, insert) is the desk's hottest: its SQL is
 * rendered by jOOQ once and then executed as prepared statements on the writer connection, which keeps
 * a command within a small factor of a bare insert. Everything else goes through jOOQ as usual.
 */
public final class DeskEventLog implements AutoCloseable {

    private static final List<Field<?>> COLUMNS = List.of(Events.LOCAL_SEQ, Events.ID, Events.STREAM_ID,
            Events.VERSION, Events.EVENT_TYPE, Events.SCHEMA_VERSION, Events.EVENT_DATA, Events.METADATA,
            Events.RECORDED_AT, Events.GLOBAL_POSITION, Events.SYNC_STATUS, Events.TENANT_ID);

    private final DSLContext dsl;
    private final EventTypeRegistry types;
    private final EventBus bus;
    private final Clock clock;
    private final ObjectMapper json;
    private final ReentrantLock appendLock = new ReentrantLock();
    /** The one connection appends go through; it and its statements are guarded by the lock. */
    private final Connection writer;
    private final PreparedStatement insertEvent;
    private final PreparedStatement selectVersion;
    private final PreparedStatement selectStream;
    private final String readAfterSql;
    /** The position the next appended event gets; guarded by the lock. */
    private long nextPosition;

    public DeskEventLog(DeskDatabase database, EventTypeRegistry types, EventBus bus, Clock clock) {
        this.dsl = database.dsl();
        this.types = Objects.requireNonNull(types, "types");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = types.json();
        this.writer = database.openConnection();
        DSLContext sql = DSL.using(SQLDialect.H2, dsl.settings());
        this.readAfterSql = sql.select(COLUMNS).from(Events.TABLE)
                .where(Events.LOCAL_SEQ.gt(DSL.param("after", 0L)))
                .orderBy(Events.LOCAL_SEQ).limit(DSL.param("limit", 0)).getSQL();
        try {
            writer.setAutoCommit(false);
            insertEvent = writer.prepareStatement(sql.insertInto(Events.TABLE)
                    .columns(Events.LOCAL_SEQ, Events.ID, Events.STREAM_ID, Events.VERSION, Events.EVENT_TYPE,
                            Events.SCHEMA_VERSION, Events.EVENT_DATA, Events.METADATA, Events.RECORDED_AT,
                            Events.TENANT_ID, Events.SYNC_STATUS)
                    .values(DSL.param("seq", 0L), DSL.param("id", UUID.class), DSL.param("stream", ""),
                            DSL.param("version", 0), DSL.param("type", ""), DSL.param("schema", 0),
                            DSL.param("data", ""), DSL.param("metadata", ""),
                            DSL.param("at", OffsetDateTime.class), DSL.param("tenant", ""),
                            DSL.inline(SyncStatus.PENDING.name()))
                    .getSQL());
            selectVersion = writer.prepareStatement(sql.select(DSL.max(Events.VERSION)).from(Events.TABLE)
                    .where(Events.STREAM_ID.eq(DSL.param("stream", ""))).getSQL());
            selectStream = writer.prepareStatement(sql.select(COLUMNS).from(Events.TABLE)
                    .where(Events.STREAM_ID.eq(DSL.param("stream", "")))
                    .and(Events.VERSION.gt(DSL.param("after", 0)))
                    .orderBy(Events.VERSION).getSQL());
        } catch (SQLException e) {
            closeQuietly();
            throw new DataAccessException("cannot prepare the event log's writer", e);
        }
        this.nextPosition = headPosition() + 1;
    }

    /**
     * Records the events of one or more streams in one transaction. Throws {@link StreamVersionConflict}
     * (and writes nothing) when any stream is not at its expected version.
     */
    public List<RecordedEvent> append(EventContext context, List<StreamAppend> appends) {
        List<RecordedEvent> recorded;
        appendLock.lock();
        long firstPosition = nextPosition;
        try {
            recorded = write(context, appends);
            writer.commit();
        } catch (StreamVersionConflict conflict) {
            nextPosition = firstPosition;
            rollback(conflict);
            throw conflict;
        } catch (SQLException e) {
            nextPosition = firstPosition;
            rollback(e);
            throw translate(e, appends);
        } catch (RuntimeException e) {
            nextPosition = firstPosition;
            rollback(e);
            throw e;
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

    private List<RecordedEvent> write(EventContext context, List<StreamAppend> appends) throws SQLException {
        List<RecordedEvent> recorded = new ArrayList<>();
        // The log keeps microseconds; the events handed out carry exactly the time that is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (StreamAppend append : appends) {
            // A new stream needs no look-up: if it exists, version 1 collides in the unique index.
            // A stream that should exist must be exactly at the expected version, or the append would
            // leave a gap.
            if (append.expectedVersion() > 0) {
                long actual = versionOnWriter(append.streamId());
                if (actual != append.expectedVersion()) {
                    throw new StreamVersionConflict(append.streamId(), append.expectedVersion(), actual, null);
                }
            }
            long version = append.expectedVersion();
            for (DomainEvent event : append.events()) {
                version++;
                EventTypeRegistry.EventType type = types.typeOf(event);
                EventMetadata metadata = new EventMetadata(context.tenantId(), context.branchId(), context.deviceId(),
                        context.userId(), context.correlationId(), context.causationId(), type.schemaVersion());
                // The texts are written once, straight from the event and metadata; the envelope is built
                // from them only if a reader asks for it, as for events read back from the log.
                UUID id = UuidV7.next();
                String payloadJson = types.toPayloadJson(event);
                String metadataJson = write(metadata);
                long position = nextPosition++;
                insertEvent.setLong(1, position);
                insertEvent.setObject(2, id);
                insertEvent.setString(3, append.streamId());
                insertEvent.setInt(4, Math.toIntExact(version));
                insertEvent.setString(5, type.wireName());
                insertEvent.setInt(6, type.schemaVersion());
                insertEvent.setString(7, payloadJson);
                insertEvent.setString(8, metadataJson);
                insertEvent.setObject(9, now.atOffset(ZoneOffset.UTC));
                insertEvent.setString(10, context.tenantId());
                insertEvent.executeUpdate();
                recorded.add(RecordedEvent.stored(position, id, type.wireName(), append.streamId(), version, now,
                        context.tenantId(), null, payloadJson, metadataJson, types, event, SyncStatus.PENDING));
            }
        }
        return recorded;
    }

    private long versionOnWriter(String streamId) throws SQLException {
        selectVersion.setString(1, streamId);
        try (ResultSet rs = selectVersion.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The version a stream is at; 0 when it has no events. */
    public long currentVersion(String streamId) {
        Integer max = dsl.select(DSL.max(Events.VERSION)).from(Events.TABLE)
                .where(Events.STREAM_ID.eq(streamId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    /** Every event of one stream, in version order. */
    public List<RecordedEvent> readStream(String streamId) {
        return readStream(streamId, 0);
    }

    /**
     * The events of one stream after {@code afterVersion}, in version order. Commands load their
     * aggregates through here just before appending, so it runs on the writer connection.
     */
    public List<RecordedEvent> readStream(String streamId, long afterVersion) {
        appendLock.lock();
        try {
            selectStream.setString(1, streamId);
            selectStream.setInt(2, Math.toIntExact(afterVersion));
            List<RecordedEvent> events;
            try (ResultSet rs = selectStream.executeQuery()) {
                events = decodeAll(rs);
            }
            writer.commit();
            return events;
        } catch (SQLException e) {
            throw new DataAccessException("could not read stream " + streamId, e);
        } finally {
            appendLock.unlock();
        }
    }

    /** Up to {@code limit} events after a local position, in log order. */
    public List<RecordedEvent> readAfter(long position, int limit) {
        return readAfter(dsl, position, limit);
    }

    /**
     * As {@link #readAfter(long, int)}, inside a caller's transaction. Catch-up and replay read the whole
     * log through here, so the SQL is rendered once and rows are decoded straight from JDBC.
     */
    public List<RecordedEvent> readAfter(DSLContext ctx, long position, int limit) {
        return ctx.connectionResult(c -> {
            try (PreparedStatement select = c.prepareStatement(readAfterSql)) {
                select.setLong(1, position);
                select.setInt(2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    return decodeAll(rs);
                }
            }
        });
    }

    /** The position of the newest event on this desk; 0 for an empty log. */
    public long headPosition() {
        Long max = dsl.select(DSL.max(Events.LOCAL_SEQ)).from(Events.TABLE).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    public long count() {
        return dsl.fetchCount(Events.TABLE);
    }

    /** Decodes rows selected as {@link #COLUMNS}. */
    private List<RecordedEvent> decodeAll(ResultSet rs) throws SQLException {
        List<RecordedEvent> events = new ArrayList<>();
        while (rs.next()) {
            events.add(decode(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                    rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class), rs.getObject(10, Long.class), rs.getString(11),
                    rs.getString(12)));
        }
        return events;
    }

    /**
     * Decodes the payload straight from its text into the event; the envelope (metadata and payload tree)
     * is left to {@link RecordedEvent#envelope()}, as most readers never ask for it. Its columns, tenant
     * included, are written from the same envelope at append.
     */
    private RecordedEvent decode(long position, UUID id, String streamId, int version, String type, int schemaVersion,
                                 String data, String metadataJson, OffsetDateTime recordedAt, Long globalPosition,
                                 String syncStatus, String tenantId) {
        DomainEvent event = types.fromJson(type, schemaVersion, data);
        return RecordedEvent.stored(position, id, type, streamId, version, recordedAt.toInstant(), tenantId,
                globalPosition, data, metadataJson, types, event, SyncStatus.valueOf(syncStatus));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private void rollback(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * A version conflict that only the unique (stream_id, version) index caught — a concurrent writer
     * outside this log's lock — becomes a {@link StreamVersionConflict} naming the stream that moved.
     */
    private RuntimeException translate(SQLException e, List<StreamAppend> appends) {
        boolean integrity = e.getSQLState() != null && e.getSQLState().startsWith("23");
        if (integrity) {
            for (StreamAppend a : appends) {
                long actual = currentVersion(a.streamId());
                if (actual != a.expectedVersion()) {
                    return new StreamVersionConflict(a.streamId(), a.expectedVersion(), actual, e);
                }
            }
        }
        return new DataAccessException("could not record events: " + e.getMessage(), e);
    }

    /** Releases the writer connection and its prepared statements. */
    @Override
    public void close() {
        appendLock.lock();
        try {
            closeQuietly();
        } finally {
            appendLock.unlock();
        }
    }

    private void closeQuietly() {
        try {
            writer.close(); // closes its statements too
        } catch (SQLException e) {
            throw new DataAccessException("could not close the event log's writer connection", e);
        }
    }
}
