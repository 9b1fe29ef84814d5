package com.salondesk.syncserver.store;

import static com.salondesk.syncserver.store.CentralSchema.Devices;
import static com.salondesk.syncserver.store.CentralSchema.Events;
import static com.salondesk.syncserver.store.CentralSchema.Tenants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Throwables;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.Json;
import com.salondesk.persistence.event.MalformedEventException;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.persistence.sync.PushResponse;
import com.salondesk.persistence.sync.PushResult;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central event store: every tenant's events in one global order per tenant.
 *
 * <p>A push runs in one transaction that first locks its tenant's row. The lock is held until commit, so one
 * tenant's pushes commit one after another and a position becomes visible only after every lower position
 * is: a reader that remembers the last position it saw can never skip an event that commits late. Other
 * tenants are not held up. Per-stream versions are checked against {@code streams} and event ids against
 * {@code event_ids}, both under that lock.
 *
 * <p>Because a tenant's pushes commit one at a time, each would wait for the commits before it, and a commit
 * waits for the disk. So pushes of one tenant that arrive while another is being written wait together and
 * are then written by one of them in one transaction, in the order they arrived, each seeing the ones before
 * it exactly as if it had come after their commits. A push refused for an id stored with other content is
 * refused before it writes anything, so the others go on; should anything else fail the transaction, each
 * push of the group is written again on its own, so only the one at fault fails. Every push is answered only
 * after the commit that stored it.
 */
public final class CentralEventStore {

    private static final Logger LOG = LoggerFactory.getLogger(CentralEventStore.class);

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    /*
     * The push path's statements, written once and run as prepared statements on the transaction's connection:
     * rendering them through jOOQ on every push cost about a fifth of the server's CPU (JFR, 2026-11-27).
     */
    private static final String LOCK_TENANT = "SELECT head_position FROM tenants WHERE tenant_id = ? FOR UPDATE";

    /** Ids of the batch stored already (in any tenant), and the current versions of the batch's streams. */
    private static final String KNOWN_IDS_AND_VERSIONS = """
            SELECT 'id', event_id::text, tenant_id, global_position FROM event_ids WHERE event_id = ANY(?)
            UNION ALL
            SELECT 'stream', stream_id, NULL, version FROM streams WHERE tenant_id = ? AND stream_id = ANY(?)""";

    /**
     * Inserts the accepted events and their ids, upserts the streams' versions, advances the head and queues
     * the notification. Parameters: tenant, received at, rows | tenant, received at | tenant, streams |
     * head, tenant | channel.
     */
    private static final String INSERT_ACCEPTED = """
            WITH new_events AS (
                INSERT INTO events (tenant_id, global_position, received_at, event_id, stream_id, version,
                                    event_type, schema_version, recorded_at, payload, metadata)
                SELECT ?, p, ?, id, s, v, t, sv, r, pl, md
                FROM jsonb_to_recordset(?::jsonb)
                     AS x(p bigint, id uuid, s text, v bigint, t text, sv int, r timestamptz, pl jsonb, md jsonb)
                RETURNING event_id, global_position),
            new_ids AS (
                INSERT INTO event_ids (event_id, tenant_id, global_position, received_at)
                SELECT event_id, ?, global_position, ? FROM new_events),
            new_versions AS (
                INSERT INTO streams (tenant_id, stream_id, version)
                SELECT ?, s, v FROM jsonb_to_recordset(?::jsonb) AS y(s text, v bigint)
                ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = excluded.version),
            advanced AS (
                UPDATE tenants SET head_position = ? WHERE tenant_id = ? RETURNING tenant_id, head_position)
            SELECT pg_notify(?, tenant_id || ' ' || head_position) FROM advanced""";

    private final DSLContext dsl;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();

    public CentralEventStore(CentralDatabase database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a validated batch of one tenant's events: each stream's new events are accepted together or
     * answered as a conflict; events stored before with identical content are duplicates. Throws
     * {@link EventIdCollision} (storing nothing) when an id is stored with different content.
     *
     * @param tenantId the tenant of the pushing device; every event's metadata names it (checked by the caller)
     * @param events   the batch in the desk's order; within a stream, consecutive versions
     */
    public PushResponse push(String tenantId, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return new PushResponse(List.of(), head(tenantId));
        }
        return writers.computeIfAbsent(tenantId, TenantWriter::new).push(events);
    }

    /** How many pushes were written in one transaction with others (the sync server's metrics show it). */
    public long pushesWrittenTogether() {
        return pushesWrittenTogether.sum();
    }

    /** At most this many events are written in one group; the pushes after them form the next. */
    static final int GROUP_EVENTS = 2_000;

    private final Map<String, TenantWriter> writers = new ConcurrentHashMap<>();
    private final LongAdder pushesWrittenTogether = new LongAdder();

    /** A push waiting to be written, and then its answer or its failure. */
    private static final class PendingPush {
        final List<EventEnvelope> events;
        PushResponse answer;
        RuntimeException failure;
        volatile boolean settled;

        PendingPush(List<EventEnvelope> events) {
            this.events = events;
        }

        PushResponse result() {
            if (failure != null) {
                throw failure; // as the writing thread met it: its type is what the caller answers by
            }
            return answer;
        }
    }

    /**
     * One tenant's pushes, written a group at a time. A push joins the queue and takes the tenant's write lock;
     * when it gets the lock, the push before it may already have written it along with its own. If not, it
     * writes every push waiting, its own among them.
     */
    private final class TenantWriter {
        private final String tenantId;
        private final ConcurrentLinkedQueue<PendingPush> waiting = new ConcurrentLinkedQueue<>();
        private final ReentrantLock writing = new ReentrantLock();

        TenantWriter(String tenantId) {
            this.tenantId = tenantId;
        }

        PushResponse push(List<EventEnvelope> events) {
            PendingPush mine = new PendingPush(events);
            waiting.add(mine);
            writing.lock();
            try {
                while (!mine.settled) {
                    writeGroup();
                }
            } finally {
                writing.unlock();
            }
            return mine.result();
        }

        private void writeGroup() {
            List<PendingPush> group = new ArrayList<>();
            int events = 0;
            for (PendingPush next; events < GROUP_EVENTS && (next = waiting.poll()) != null; ) {
                group.add(next);
                events += next.events.size();
            }
            if (group.size() == 1) {
                writeAlone(group.getFirst());
            } else {
                writeTogether(group);
            }
            group.forEach(push -> push.settled = true);
        }

        private void writeTogether(List<PendingPush> group) {
            try {
                dsl.transaction(tx -> {
                    for (PendingPush push : group) {
                        try {
                            push.answer = write(tx.dsl(), tenantId, push.events);
                        } catch (EventIdCollision | AdministrationRefused refused) {
                            // Refused after reading only: the transaction goes on for the others.
                            push.failure = refused;
                        }
                    }
                });
                pushesWrittenTogether.add(group.size());
            } catch (RuntimeException groupFailed) {
                // Something unforeseen failed the transaction, and nothing of the group is stored: each push
                // is written again on its own, so that only the one at fault fails.
                LOG.warn("a group of {} pushes of tenant {} failed ({}); writing them one by one", group.size(),
                        tenantId, Throwables.getRootCause(groupFailed).toString());
                group.forEach(this::writeAlone);
            }
        }

        private void writeAlone(PendingPush push) {
            push.answer = null;
            push.failure = null;
            try {
                push.answer = dsl.transactionResult(tx -> write(tx.dsl(), tenantId, push.events));
            } catch (RuntimeException e) {
                push.failure = e;
            }
        }
    }

    private PushResponse write(DSLContext tx, String tenantId, List<EventEnvelope> events) {
        return tx.connectionResult(connection -> write(connection, tx, tenantId, events));
    }

    /** The push on the transaction's connection; its statements are the pre-rendered ones above. */
    private PushResponse write(Connection connection, DSLContext tx, String tenantId, List<EventEnvelope> events)
            throws SQLException {
        long head;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_TENANT)) {
            lock.setString(1, tenantId);
            try (ResultSet locked = lock.executeQuery()) {
                if (!locked.next()) {
                    throw new AdministrationRefused(AdministrationRefused.Reason.UNKNOWN_TENANT, tenantId,
                            "there is no tenant '" + tenantId + "'", null);
                }
                head = locked.getLong(1);
            }
        }

        Map<String, List<EventEnvelope>> byStream = new LinkedHashMap<>();
        for (EventEnvelope e : events) {
            byStream.computeIfAbsent(e.streamId(), s -> new ArrayList<>()).add(e);
        }
        // A statement of its own after the lock: in READ COMMITTED it takes a new snapshot, so it sees every
        // push of this tenant that committed while this one waited. Known ids and stream versions in one go.
        List<KnownId> knownIds = new ArrayList<>();
        Map<String, Long> versions = new HashMap<>();
        try (PreparedStatement known = connection.prepareStatement(KNOWN_IDS_AND_VERSIONS)) {
            known.setArray(1, connection.createArrayOf("uuid", events.stream().map(EventEnvelope::id).toArray(UUID[]::new)));
            known.setString(2, tenantId);
            known.setArray(3, connection.createArrayOf("text", byStream.keySet().toArray(String[]::new)));
            try (ResultSet r = known.executeQuery()) {
                while (r.next()) {
                    if ("id".equals(r.getString(1))) {
                        knownIds.add(new KnownId(UUID.fromString(r.getString(2)), r.getString(3), r.getLong(4)));
                    } else {
                        versions.put(r.getString(2), r.getLong(4));
                    }
                }
            }
        }
        Map<UUID, Long> duplicates = knownIds.isEmpty() ? Map.of() : findDuplicates(tx, tenantId, events, knownIds);

        Map<UUID, PushResult> results = new HashMap<>();
        Map<String, Long> newVersions = new LinkedHashMap<>();
        for (Map.Entry<String, List<EventEnvelope>> stream : byStream.entrySet()) {
            long current = versions.getOrDefault(stream.getKey(), 0L);
            List<EventEnvelope> fresh = new ArrayList<>();
            for (EventEnvelope e : stream.getValue()) {
                Long position = duplicates.get(e.id());
                if (position != null) {
                    results.put(e.id(), PushResult.duplicate(e.id(), position));
                } else {
                    fresh.add(e);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            if (fresh.getFirst().version() == current + 1) {
                newVersions.put(stream.getKey(), fresh.getLast().version());
            } else {
                fresh.forEach(e -> results.put(e.id(), PushResult.conflict(e.id(), stream.getKey(), current)));
            }
        }

        // Positions follow the batch's order, which is the order the desk recorded its events in.
        List<EventEnvelope> accepted = events.stream()
                .filter(e -> newVersions.containsKey(e.streamId()) && !duplicates.containsKey(e.id()))
                .toList();
        if (!accepted.isEmpty()) {
            head = insert(connection, tenantId, head, accepted, newVersions, results);
        }
        List<PushResult> ordered = events.stream().map(e -> results.get(e.id())).toList();
        return new PushResponse(ordered, head);
    }

    /**
     * Writes the accepted events, their ids, the streams' new versions and the tenant's head, and queues the
     * head notification, in one statement whatever the batch size. The rows travel as one JSON array
     * that PostgreSQL expands ({@code jsonb_to_recordset}): payload and metadata go in as they are, with no
     * per-value escaping, which keeps the locked section short.
     */
    private long insert(Connection connection, String tenantId, long head, List<EventEnvelope> accepted,
                        Map<String, Long> newVersions, Map<UUID, PushResult> results) throws SQLException {
        ArrayNode rows = json.createArrayNode();
        long position = head;
        for (EventEnvelope e : accepted) {
            position++;
            ObjectNode row = rows.addObject();
            row.put("p", position);
            row.put("id", e.id().toString());
            row.put("s", e.streamId());
            row.put("v", e.version());
            row.put("t", e.type());
            row.put("sv", e.metadata().schemaVersion());
            row.put("r", e.timestamp().truncatedTo(ChronoUnit.MICROS).toString());
            row.set("pl", e.payload());
            row.set("md", json.valueToTree(e.metadata()));
            results.put(e.id(), PushResult.accepted(e.id(), position));
        }
        ArrayNode streams = json.createArrayNode();
        newVersions.forEach((stream, version) -> streams.addObject().put("s", stream).put("v", version));
        OffsetDateTime receivedAt = clock.instant().atOffset(ZoneOffset.UTC);
        // One statement: data-modifying CTEs all run; the notification is delivered at commit, after the
        // events are visible, in commit order.
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ACCEPTED)) {
            int i = 0;
            insert.setString(++i, tenantId);
            insert.setObject(++i, receivedAt);
            insert.setString(++i, rows.toString());
            insert.setString(++i, tenantId);
            insert.setObject(++i, receivedAt);
            insert.setString(++i, tenantId);
            insert.setString(++i, streams.toString());
            insert.setLong(++i, position);
            insert.setString(++i, tenantId);
            insert.setString(++i, CentralSchema.Channels.HEAD_ADVANCED);
            insert.execute();
        }
        return position;
    }

    /** An id of the batch that is stored already, in this tenant or (a collision) in another. */
    private record KnownId(UUID id, String tenantId, long globalPosition) {
    }

    /** Ids of the batch that are stored already with identical content, with their positions. */
    private Map<UUID, Long> findDuplicates(DSLContext tx, String tenantId, List<EventEnvelope> events,
                                           List<KnownId> known) {
        Map<UUID, EventEnvelope> pushed = new HashMap<>();
        events.forEach(e -> pushed.put(e.id(), e));
        List<UUID> collisions = new ArrayList<>();
        Map<Long, UUID> positionsToLoad = new HashMap<>();
        for (KnownId k : known) {
            if (!k.tenantId().equals(tenantId)) {
                collisions.add(k.id());
            } else {
                positionsToLoad.put(k.globalPosition(), k.id());
            }
        }
        Map<UUID, Long> duplicates = new HashMap<>();
        if (!positionsToLoad.isEmpty()) {
            for (EventEnvelope stored : tx.select(eventColumns()).from(Events.TABLE)
                    .where(Events.TENANT_ID.eq(tenantId))
                    .and(Events.GLOBAL_POSITION.eq(DSL.any(positionsToLoad.keySet().toArray(Long[]::new))))
                    .fetch(this::decode)) {
                if (identical(stored, pushed.get(stored.id()))) {
                    duplicates.put(stored.id(), stored.globalPosition());
                } else {
                    collisions.add(stored.id());
                }
            }
        }
        if (!collisions.isEmpty()) {
            Map<UUID, Integer> order = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                order.put(events.get(i).id(), i);
            }
            collisions.sort(Comparator.comparing(order::get));
            throw new EventIdCollision(collisions);
        }
        return duplicates;
    }

    /**
     * Identical as the protocol defines it: same type, stream, version, payload and metadata, same instant.
     * Instants are kept to the microsecond (PostgreSQL's precision); finer digits of a desk's clock are dropped.
     */
    boolean identical(EventEnvelope stored, EventEnvelope pushed) {
        return stored.type().equals(pushed.type())
                && stored.streamId().equals(pushed.streamId())
                && stored.version() == pushed.version()
                && stored.timestamp().equals(pushed.timestamp().truncatedTo(ChronoUnit.MICROS))
                && stored.payload().equals(NUMBERS_BY_VALUE, pushed.payload())
                && json.valueToTree(stored.metadata()).equals(NUMBERS_BY_VALUE, json.valueToTree(pushed.metadata()));
    }

    /**
     * The tenant's events after a position, ascending, at most {@code limit}, with the head at the same moment.
     * Read in one repeatable-read snapshot so head and events agree.
     */
    public PullResponse pull(String tenantId, long after, int limit) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            long head = head(tx, tenantId);
            List<EventEnvelope> events = tx.select(eventColumns()).from(Events.TABLE)
                    .where(Events.TENANT_ID.eq(tenantId)).and(Events.GLOBAL_POSITION.gt(after))
                    .orderBy(Events.GLOBAL_POSITION)
                    .limit(limit)
                    .fetch(this::decode);
            return new PullResponse(events, head);
        });
    }

    /** Notes how far a device has pulled, for its lag; never moves backwards. */
    public void recordPulled(String deviceId, long position) {
        dsl.update(Devices.TABLE)
                .set(Devices.LAST_PULLED_POSITION, DSL.greatest(Devices.LAST_PULLED_POSITION, DSL.val(position)))
                .set(Devices.LAST_CONTACT_AT, DSL.currentOffsetDateTime())
                .where(Devices.DEVICE_ID.eq(deviceId))
                .execute();
    }

    /** The tenant's highest global position; 0 before its first event. */
    public long head(String tenantId) {
        return head(dsl, tenantId);
    }

    private static long head(DSLContext ctx, String tenantId) {
        Long head = ctx.select(Tenants.HEAD_POSITION).from(Tenants.TABLE)
                .where(Tenants.TENANT_ID.eq(tenantId)).fetchOne(Tenants.HEAD_POSITION);
        return head == null ? 0 : head;
    }

    /** Every stored event of the store, all tenants; for tests and audits of small stores. */
    public long count() {
        return dsl.fetchCount(Events.TABLE);
    }

    private static List<org.jooq.Field<?>> eventColumns() {
        return List.of(Events.GLOBAL_POSITION, Events.EVENT_ID, Events.STREAM_ID, Events.VERSION, Events.EVENT_TYPE,
                Events.RECORDED_AT, Events.PAYLOAD, Events.METADATA, Events.PACKED);
    }

    private EventEnvelope decode(Record r) {
        UUID id = r.get(Events.EVENT_ID);
        try {
            byte[] packed = r.get(Events.PACKED);
            PackedEventBody.Body body = packed != null ? PackedEventBody.unpack(packed)
                    : new PackedEventBody.Body(r.get(Events.PAYLOAD).data(), r.get(Events.METADATA).data());
            ObjectNode payload = (ObjectNode) json.readTree(body.payload());
            EventMetadata metadata = json.readValue(body.metadata(), EventMetadata.class);
            Instant timestamp = r.get(Events.RECORDED_AT).toInstant();
            return new EventEnvelope(id, r.get(Events.EVENT_TYPE), r.get(Events.STREAM_ID), r.get(Events.VERSION),
                    timestamp, payload, metadata, r.get(Events.GLOBAL_POSITION));
        } catch (JsonProcessingException | ClassCastException | IllegalArgumentException e) {
            throw new MalformedEventException("stored event " + id + " cannot be read back", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
