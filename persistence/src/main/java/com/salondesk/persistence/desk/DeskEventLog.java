package com.salondesk.persistence.desk;

import static com.salondesk.persistence.desk.DeskSchema.Events;
import static com.salondesk.persistence.desk.DeskSchema.SyncState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.eventbus.EventBus;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.EventEnvelope;
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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
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

    /** Ids and streams looked up per query when a pulled batch is stored. */
    private static final int LOOKUP_CHUNK = 500;

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
        return append(context, appends, List.of());
    }

    /** Records the events of one stream. */
    public List<RecordedEvent> append(EventContext context, StreamAppend append) {
        return append(context, List.of(append));
    }

    /**
     * As {@link #append(EventContext, List)}, and marks the superseded events {@code settles} settled in the same
     * transaction: a rebase records what it decided again and that the displaced events are dealt with, all or
     * nothing. {@code appends} may be empty (the decision changed nothing; only the settling is written).
     *
     * @throws IllegalArgumentException for an id that is not a superseded event of this desk; nothing is written
     */
    public List<RecordedEvent> append(EventContext context, List<StreamAppend> appends, Collection<UUID> settles) {
        List<RecordedEvent> recorded;
        appendLock.lock();
        long firstPosition = nextPosition;
        try {
            recorded = write(context, appends);
            if (!settles.isEmpty()) {
                settleOnWriter(settles, clock.instant().truncatedTo(ChronoUnit.MICROS));
            }
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

    /**
     * Which of these superseded events no rebase has settled yet: what a rebase run again (after a crash, on the
     * next start) still has to decide. Ids that are not superseded events are left out.
     */
    public Set<UUID> unsettled(Collection<UUID> supersededIds) {
        if (supersededIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(dsl.select(DeskSchema.Superseded.ID).from(DeskSchema.Superseded.TABLE)
                .where(DeskSchema.Superseded.ID.in(supersededIds)).and(DeskSchema.Superseded.SETTLED_AT.isNull())
                .fetch(DeskSchema.Superseded.ID));
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

    /**
     * Where the event {@code id} stands with the sync server; empty when the log does not hold it (never recorded
     * here, or moved aside by the server's order). Customer messages wait for SYNCED.
     */
    public Optional<SyncStatus> syncStatus(UUID id) {
        return Optional.ofNullable(dsl.select(Events.SYNC_STATUS).from(Events.TABLE).where(Events.ID.eq(id))
                .fetchOne(Events.SYNC_STATUS)).map(SyncStatus::valueOf);
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

    // ---------------------------------------------------------------------------------------------------
    // Sync: what the sync client reads and writes. Every write runs on the writer connection under the
    // append lock, so local positions stay visible in the order they were given out.

    /** Up to {@code limit} events not yet accepted by the server, in local order: what the next push sends. */
    public List<RecordedEvent> pendingEvents(int limit) {
        return withStatus(SyncStatus.PENDING, limit);
    }

    /** How many events wait to be pushed. */
    public long pendingCount() {
        return dsl.fetchCount(Events.TABLE, Events.SYNC_STATUS.eq(SyncStatus.PENDING.name()));
    }

    /** Events the server refused, in local order; {@link #rejectionReasons()} says why. */
    public List<RecordedEvent> rejectedEvents() {
        return withStatus(SyncStatus.REJECTED, Integer.MAX_VALUE);
    }

    /** Why each refused event was refused, by event id, in local order. */
    public Map<UUID, String> rejectionReasons() {
        Map<UUID, String> reasons = new LinkedHashMap<>();
        dsl.select(Events.ID, Events.SYNC_ERROR).from(Events.TABLE)
                .where(Events.SYNC_STATUS.eq(SyncStatus.REJECTED.name())).orderBy(Events.LOCAL_SEQ)
                .forEach(r -> reasons.put(r.value1(), r.value2()));
        return reasons;
    }

    /** How many events the server refused. */
    public long rejectedCount() {
        return dsl.fetchCount(Events.TABLE, Events.SYNC_STATUS.eq(SyncStatus.REJECTED.name()));
    }

    private List<RecordedEvent> withStatus(SyncStatus status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return dsl.connectionResult(c -> {
            try (PreparedStatement select = c.prepareStatement(selectColumnsSql() + " WHERE sync_status = ?"
                    + " ORDER BY local_seq LIMIT ?")) {
                select.setString(1, status.name());
                select.setInt(2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    return decodeAll(rs);
                }
            }
        });
    }

    /**
     * Records that the server accepted these events (or already had them) at the given global positions.
     * Ids not in the log are ignored: an event moved aside meanwhile is the rebase's business.
     */
    public void markSynced(Map<UUID, Long> globalPositions) {
        if (globalPositions.isEmpty()) {
            return;
        }
        writeLocked("mark events synced", () -> {
            try (PreparedStatement update = writer.prepareStatement("UPDATE events SET global_position = ?,"
                    + " sync_status = 'SYNCED', sync_error = NULL WHERE id = ?")) {
                for (Map.Entry<UUID, Long> e : globalPositions.entrySet()) {
                    update.setLong(1, Objects.requireNonNull(e.getValue(), "global position of " + e.getKey()));
                    update.setObject(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /**
     * Records that the server refused these events, with the reason in words (kept in {@code sync_error}).
     * An event the server has already accepted stays SYNCED.
     */
    public void markRejected(Map<UUID, String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        writeLocked("mark events rejected", () -> {
            try (PreparedStatement update = writer.prepareStatement("UPDATE events SET sync_status = 'REJECTED',"
                    + " sync_error = ? WHERE id = ? AND sync_status <> 'SYNCED'")) {
                for (Map.Entry<UUID, String> e : reasons.entrySet()) {
                    update.setString(1, abbreviate(Objects.requireNonNull(e.getValue(), "reason")));
                    update.setObject(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /**
     * Marks every pending event of these streams refused with {@code reason}: events after a refused one
     * cannot be accepted either (the server would see a gap). Returns how many.
     */
    public int rejectPendingOf(Collection<String> streamIds, String reason) {
        if (streamIds.isEmpty()) {
            return 0;
        }
        return writeLocked("mark events rejected", () -> {
            int marked = 0;
            try (PreparedStatement update = writer.prepareStatement("UPDATE events SET sync_status = 'REJECTED',"
                    + " sync_error = ? WHERE stream_id = ? AND sync_status = 'PENDING'")) {
                for (String stream : new LinkedHashSet<>(streamIds)) {
                    update.setString(1, abbreviate(reason));
                    update.setString(2, stream);
                    marked += update.executeUpdate();
                }
            }
            return marked;
        });
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
    }

    /** The last global position pulled from the server; 0 before the first pull. */
    public long pulledThrough() {
        return syncProgress().pulledThrough();
    }

    /** The stored pull cursor, the server's head as last seen, and the last good round. */
    public SyncProgress syncProgress() {
        return dsl.select(SyncState.PULLED_THROUGH, SyncState.SERVER_HEAD, SyncState.LAST_SUCCESS_AT)
                .from(SyncState.TABLE)
                .fetchOptional(r -> new SyncProgress(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().toInstant()))
                .orElse(new SyncProgress(0, 0, null));
    }

    /**
     * Remembers the server's head as last seen and, when {@code success} is not null, that a round went
     * through then.
     */
    public void recordSync(long serverHead, Instant success) {
        writeLocked("record the sync progress", () -> {
            try (PreparedStatement update = writer.prepareStatement("UPDATE sync_state SET server_head = ?,"
                    + " last_success_at = COALESCE(?, last_success_at)")) {
                update.setLong(1, serverHead);
                update.setObject(2, success == null ? null : success.atOffset(ZoneOffset.UTC));
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Stores a batch of events pulled from the server, in one transaction, and moves the pull cursor to its
     * last global position. This desk's own events coming back (known by id) only get their global position
     * and become SYNCED. An event taking a (stream, version) that a local, not yet accepted event holds
     * displaces every not-accepted event of that stream: they move to {@code superseded_events} for a
     * rebase, and the stream's snapshots from the first displaced version on are dropped. After commit the
     * stored events are posted on the event bus like local ones.
     *
     * @throws IllegalStateException when a pulled event takes a version an accepted event of another id
     *                               holds, which a sound server never sends; nothing is stored then
     */
    public PulledEvents storePulled(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return new PulledEvents(List.of(), 0, List.of());
        }
        // Everything that needs no lock is done before taking it: texts, decoding, checks.
        List<Pulled> pulled = new ArrayList<>(envelopes.size());
        long last = 0;
        for (EventEnvelope envelope : envelopes) {
            Long global = envelope.globalPosition();
            if (global == null || global <= last) {
                throw new IllegalArgumentException("pulled events need ascending global positions; event "
                        + envelope.id() + " has " + global + " after " + last);
            }
            last = global;
            String payloadJson = write(envelope.payload());
            DomainEvent event = types.fromJson(envelope.type(), envelope.metadata().schemaVersion(), payloadJson);
            pulled.add(new Pulled(envelope, payloadJson, write(envelope.metadata()), event,
                    envelope.timestamp().truncatedTo(ChronoUnit.MICROS)));
        }
        long cursor = last;
        PulledEvents result = writeLocked("store pulled events", () -> writePulled(pulled, cursor));
        if (!result.stored().isEmpty()) {
            bus.post(new EventsRecorded(result.stored()));
        }
        return result;
    }

    /** One pulled event with its texts and decoded payload. */
    private record Pulled(EventEnvelope envelope, String payloadJson, String metadataJson, DomainEvent event,
                          Instant recordedAt) {
    }

    /** A stream as the log holds it: its highest version and its first not yet accepted one (0: none). */
    private static final class StreamAt {
        long max;
        long firstUnsynced;
    }

    private PulledEvents writePulled(List<Pulled> pulled, long cursor) throws SQLException {
        Set<UUID> known = existingIds(pulled.stream().map(p -> p.envelope().id()).toList());
        // Our own events coming back are accepted first: a pending event of ours that the server holds must not
        // count as "not yet accepted" when a later event of its stream, from another desk, is stored below.
        Map<UUID, Long> own = new LinkedHashMap<>();
        for (Pulled p : pulled) {
            if (known.contains(p.envelope().id())) {
                own.put(p.envelope().id(), p.envelope().globalPosition());
            }
        }
        if (!own.isEmpty()) {
            try (PreparedStatement update = writer.prepareStatement("UPDATE events SET global_position = ?,"
                    + " sync_status = 'SYNCED', sync_error = NULL WHERE id = ?")) {
                for (Map.Entry<UUID, Long> e : own.entrySet()) {
                    update.setLong(1, e.getValue());
                    update.setObject(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        Map<String, StreamAt> streams = streamsAt(pulled.stream().filter(p -> !known.contains(p.envelope().id()))
                .map(p -> p.envelope().streamId()).distinct().toList());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<RecordedEvent> stored = new ArrayList<>();
        List<SupersededStream> superseded = new ArrayList<>();
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO events (local_seq, id, stream_id,"
                + " version, event_type, schema_version, event_data, metadata, recorded_at, tenant_id,"
                + " global_position, sync_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SYNCED')")) {
            for (Pulled p : pulled) {
                EventEnvelope e = p.envelope();
                if (known.contains(e.id())) {
                    continue;
                }
                StreamAt at = streams.computeIfAbsent(e.streamId(), s -> new StreamAt());
                if (at.firstUnsynced > 0 && e.version() >= at.firstUnsynced) {
                    superseded.add(moveAside(e.streamId(), at.firstUnsynced, now));
                    at.max = at.firstUnsynced - 1;
                    at.firstUnsynced = 0;
                }
                if (e.version() <= at.max) {
                    throw new IllegalStateException("the server sent event " + e.id() + " as " + e.streamId()
                            + " version " + e.version() + ", which this desk holds as accepted event "
                            + idAt(e.streamId(), e.version()) + "; the server's log and this desk's disagree");
                }
                at.max = e.version();
                long position = nextPosition++;
                insert.setLong(1, position);
                insert.setObject(2, e.id());
                insert.setString(3, e.streamId());
                insert.setInt(4, Math.toIntExact(e.version()));
                insert.setString(5, e.type());
                insert.setInt(6, e.metadata().schemaVersion());
                insert.setString(7, p.payloadJson());
                insert.setString(8, p.metadataJson());
                insert.setObject(9, p.recordedAt().atOffset(ZoneOffset.UTC));
                insert.setString(10, e.metadata().tenantId());
                insert.setLong(11, e.globalPosition());
                insert.addBatch();
                stored.add(RecordedEvent.stored(position, e.id(), e.type(), e.streamId(), e.version(),
                        p.recordedAt(), e.metadata().tenantId(), e.globalPosition(), p.payloadJson(),
                        p.metadataJson(), types, p.event(), SyncStatus.SYNCED));
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = writer.prepareStatement(
                "UPDATE sync_state SET pulled_through = GREATEST(pulled_through, ?)")) {
            update.setLong(1, cursor);
            update.executeUpdate();
        }
        return new PulledEvents(stored, own.size(), superseded);
    }

    /** Which of these ids the log holds. */
    private Set<UUID> existingIds(List<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement select = writer.prepareStatement("SELECT id FROM events WHERE id IN ("
                    + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return found;
    }

    /** Where each of these streams is in the log; streams it does not hold are left out. */
    private Map<String, StreamAt> streamsAt(List<String> streamIds) throws SQLException {
        Map<String, StreamAt> found = new HashMap<>();
        for (int from = 0; from < streamIds.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = streamIds.subList(from, Math.min(streamIds.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement select = writer.prepareStatement("SELECT stream_id, MAX(version),"
                    + " MIN(CASE WHEN sync_status <> 'SYNCED' THEN version END) FROM events WHERE stream_id IN ("
                    + placeholders(chunk.size()) + ") GROUP BY stream_id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        StreamAt at = new StreamAt();
                        at.max = rs.getLong(2);
                        at.firstUnsynced = rs.getLong(3); // 0 when SQL NULL
                        found.put(rs.getString(1), at);
                    }
                }
            }
        }
        return found;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private UUID idAt(String streamId, long version) throws SQLException {
        try (PreparedStatement select = writer.prepareStatement(
                "SELECT id FROM events WHERE stream_id = ? AND version = ?")) {
            select.setString(1, streamId);
            select.setInt(2, Math.toIntExact(version));
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    /**
     * Moves every not yet accepted event of a stream to {@code superseded_events} and drops the stream's
     * snapshots that may contain them.
     */
    private SupersededStream moveAside(String streamId, long firstVersion, Instant now) throws SQLException {
        List<RecordedEvent> events;
        try (PreparedStatement select = writer.prepareStatement(selectColumnsSql()
                + " WHERE stream_id = ? AND sync_status <> 'SYNCED' ORDER BY version")) {
            select.setString(1, streamId);
            try (ResultSet rs = select.executeQuery()) {
                events = decodeAll(rs);
            }
        }
        try (PreparedStatement copy = writer.prepareStatement("INSERT INTO superseded_events (id, stream_id,"
                + " version, event_type, schema_version, event_data, metadata, recorded_at, tenant_id, local_seq,"
                + " sync_status, sync_error, superseded_at) SELECT id, stream_id, version, event_type,"
                + " schema_version, event_data, metadata, recorded_at, tenant_id, local_seq, sync_status,"
                + " sync_error, ? FROM events WHERE stream_id = ? AND sync_status <> 'SYNCED'");
             PreparedStatement delete = writer.prepareStatement(
                     "DELETE FROM events WHERE stream_id = ? AND sync_status <> 'SYNCED'");
             PreparedStatement dropSnapshots = writer.prepareStatement(
                     "DELETE FROM snapshots WHERE aggregate_id = ? AND version >= ?")) {
            copy.setObject(1, now.atOffset(ZoneOffset.UTC));
            copy.setString(2, streamId);
            copy.executeUpdate();
            delete.setString(1, streamId);
            delete.executeUpdate();
            dropSnapshots.setString(1, streamId);
            dropSnapshots.setInt(2, Math.toIntExact(firstVersion));
            dropSnapshots.executeUpdate();
        }
        return new SupersededStream(streamId, events);
    }

    /**
     * Superseded events no rebase has settled yet, by stream in the order they were recorded; what a
     * {@link Rebaser} is given again on start.
     */
    public List<SupersededStream> unsettledSuperseded() {
        Map<String, List<RecordedEvent>> byStream = new LinkedHashMap<>();
        dsl.connection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT local_seq, id, stream_id, version,"
                    + " event_type, schema_version, event_data, metadata, recorded_at, sync_status, tenant_id"
                    + " FROM superseded_events WHERE settled_at IS NULL ORDER BY local_seq")) {
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        RecordedEvent event = decode(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                                rs.getObject(9, OffsetDateTime.class), null, rs.getString(10), rs.getString(11));
                        byStream.computeIfAbsent(event.streamId(), s -> new ArrayList<>()).add(event);
                    }
                }
            }
        });
        List<SupersededStream> streams = new ArrayList<>();
        byStream.forEach((stream, events) -> {
            events.sort(Comparator.comparingLong(RecordedEvent::version));
            streams.add(new SupersededStream(stream, events));
        });
        return streams;
    }

    /**
     * Marks superseded events settled: a rebase has decided them again. Settling one twice changes nothing.
     *
     * @throws IllegalArgumentException for an id that is not a superseded event; nothing is changed then
     */
    public void settle(Collection<UUID> supersededIds) {
        if (supersededIds.isEmpty()) {
            return;
        }
        writeLocked("settle superseded events", () -> {
            settleOnWriter(supersededIds, clock.instant().truncatedTo(ChronoUnit.MICROS));
            return null;
        });
    }

    /** Settles superseded events inside the writer's open transaction (the caller holds the lock). */
    void settleOnWriter(Collection<UUID> supersededIds, Instant at) throws SQLException {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(supersededIds));
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            Set<UUID> found = new HashSet<>();
            try (PreparedStatement select = writer.prepareStatement("SELECT id FROM superseded_events WHERE id IN ("
                    + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            if (found.size() != chunk.size()) {
                List<UUID> unknown = chunk.stream().filter(id -> !found.contains(id)).toList();
                throw new IllegalArgumentException("not superseded events of this desk: " + unknown);
            }
            try (PreparedStatement update = writer.prepareStatement("UPDATE superseded_events SET settled_at = ?"
                    + " WHERE settled_at IS NULL AND id IN (" + placeholders(chunk.size()) + ")")) {
                update.setObject(1, at.atOffset(ZoneOffset.UTC));
                for (int i = 0; i < chunk.size(); i++) {
                    update.setObject(i + 2, chunk.get(i));
                }
                update.executeUpdate();
            }
        }
    }

    /**
     * Gives this desk's not yet accepted events another tenant and device, in their column and their
     * metadata, in one transaction: a standalone desk joining an empty tenant uploads its events as the
     * device it now is. Returns how many events changed.
     *
     * @throws IllegalStateException when an event is already accepted under another tenant; nothing
     *                               changes then
     */
    public int adoptIdentity(String tenantId, String deviceId) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(deviceId, "deviceId");
        return writeLocked("give the desk's events their new tenant", () -> {
            try (PreparedStatement check = writer.prepareStatement(
                    "SELECT COUNT(*) FROM events WHERE sync_status = 'SYNCED' AND tenant_id <> ?")) {
                check.setString(1, tenantId);
                try (ResultSet rs = check.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException(rs.getLong(1) + " events of this desk are already on a sync"
                                + " server under another tenant than '" + tenantId + "'");
                    }
                }
            }
            Map<UUID, String> rewritten = new LinkedHashMap<>();
            try (PreparedStatement select = writer.prepareStatement(
                    "SELECT id, metadata FROM events WHERE sync_status <> 'SYNCED' ORDER BY local_seq");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    EventMetadata m = readMetadata(rs.getString(2));
                    rewritten.put(rs.getObject(1, UUID.class), write(new EventMetadata(tenantId, m.branchId(), deviceId,
                            m.userId(), m.correlationId(), m.causationId(), m.schemaVersion())));
                }
            }
            try (PreparedStatement update = writer.prepareStatement(
                    "UPDATE events SET tenant_id = ?, metadata = ? WHERE id = ?")) {
                for (Map.Entry<UUID, String> e : rewritten.entrySet()) {
                    update.setString(1, tenantId);
                    update.setString(2, e.getValue());
                    update.setObject(3, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return rewritten.size();
        });
    }

    private EventMetadata readMetadata(String text) {
        try {
            return json.readValue(text, EventMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's metadata cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** One piece of work on the writer connection, under the lock, committed or rolled back as a whole. */
    @FunctionalInterface
    private interface WriterWork<T> {
        T run() throws SQLException;
    }

    private <T> T writeLocked(String what, WriterWork<T> work) {
        appendLock.lock();
        long firstPosition = nextPosition;
        try {
            T result = work.run();
            writer.commit();
            return result;
        } catch (SQLException e) {
            nextPosition = firstPosition;
            rollback(e);
            throw new DataAccessException("could not " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            nextPosition = firstPosition;
            rollback(e);
            throw e;
        } finally {
            appendLock.unlock();
        }
    }

    private String selectColumnsSql() {
        return "SELECT local_seq, id, stream_id, version, event_type, schema_version, event_data, metadata,"
                + " recorded_at, global_position, sync_status, tenant_id FROM events";
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
