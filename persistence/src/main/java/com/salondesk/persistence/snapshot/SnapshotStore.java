package com.salondesk.persistence.snapshot;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.salondesk.persistence.desk.DeskDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aggregate snapshots in the seed's {@code snapshots} table. A snapshot is a cache: one written under
 * another schema version, for another aggregate type, or that no longer reads is ignored, and the
 * aggregate is folded from its events instead.
 */
public final class SnapshotStore {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private static final Table<Record> SNAPSHOTS = table(name("snapshots"));
    private static final Field<String> AGGREGATE_ID = field(name("snapshots", "aggregate_id"), SQLDataType.VARCHAR);
    private static final Field<String> AGGREGATE_TYPE = field(name("snapshots", "aggregate_type"), SQLDataType.VARCHAR);
    private static final Field<Integer> VERSION = field(name("snapshots", "version"), SQLDataType.INTEGER);
    private static final Field<Integer> SCHEMA_VERSION = field(name("snapshots", "schema_version"), SQLDataType.INTEGER);
    private static final Field<String> DATA = field(name("snapshots", "data"), SQLDataType.VARCHAR);
    private static final Field<OffsetDateTime> TAKEN_AT = field(name("snapshots", "taken_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> TENANT_ID = field(name("snapshots", "tenant_id"), SQLDataType.VARCHAR);

    /** Sealed state types are written with the name of their stage, e.g. {"@stage": "Confirmed", …}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@stage")
    private interface Staged {
    }

    /** A state as it was at {@code version} of its stream. */
    public record Snapshot<S>(S state, long version) {
    }

    private final DSLContext dsl;
    private final ObjectMapper json;
    private final SnapshotPolicy policy;
    /**
     * The streams that have a snapshot. Only streams past a snapshot boundary have one — few next to all
     * streams — so knowing them saves every other load a query.
     */
    private final java.util.Set<String> snapshotted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public SnapshotStore(DeskDatabase database, ObjectMapper json, SnapshotPolicy policy) {
        this.dsl = database.dsl();
        this.json = json.copy();
        this.policy = policy;
        snapshotted.addAll(dsl.select(AGGREGATE_ID).from(SNAPSHOTS).fetch(AGGREGATE_ID));
    }

    public SnapshotPolicy policy() {
        return policy;
    }

    /** The stream's snapshot, if there is a usable one. */
    public <S> Optional<Snapshot<S>> load(String streamId, Class<S> stateType) {
        SnapshotPolicy.Rule rule = policy.ruleFor(streamId);
        if (rule == null || !snapshotted.contains(streamId)) {
            return Optional.empty();
        }
        Record r = dsl.select(AGGREGATE_TYPE, VERSION, SCHEMA_VERSION, DATA).from(SNAPSHOTS)
                .where(AGGREGATE_ID.eq(streamId)).fetchOne();
        if (r == null || r.get(SCHEMA_VERSION) != rule.schemaVersion()
                || !r.get(AGGREGATE_TYPE).equals(SnapshotPolicy.aggregateType(streamId))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Snapshot<>(mapperFor(stateType).readValue(r.get(DATA), stateType), r.get(VERSION)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("snapshot of {} at version {} does not read as {}; folding from events instead",
                    streamId, r.get(VERSION), stateType.getSimpleName(), e);
            return Optional.empty();
        }
    }

    /** Stores the state of a stream at a version, replacing an older snapshot. */
    public <S> void save(String streamId, String tenantId, S state, long version, Class<S> stateType) {
        SnapshotPolicy.Rule rule = policy.ruleFor(streamId);
        if (rule == null) {
            return;
        }
        String data;
        try {
            data = mapperFor(stateType).writerFor(stateType).writeValueAsString(state);
        } catch (JsonProcessingException e) {
            LOG.warn("could not snapshot {} at version {}", streamId, version, e);
            return;
        }
        dsl.mergeInto(SNAPSHOTS)
                .columns(AGGREGATE_ID, AGGREGATE_TYPE, VERSION, SCHEMA_VERSION, DATA, TAKEN_AT, TENANT_ID)
                .key(AGGREGATE_ID)
                .values(streamId, SnapshotPolicy.aggregateType(streamId), Math.toIntExact(version), rule.schemaVersion(),
                        data, OffsetDateTime.now(ZoneOffset.UTC), tenantId)
                .execute();
        snapshotted.add(streamId);
    }

    private final java.util.Map<Class<?>, ObjectMapper> mappers = new java.util.concurrent.ConcurrentHashMap<>();

    /** A mapper that knows the stages of a sealed state type by their simple names. */
    private ObjectMapper mapperFor(Class<?> stateType) {
        return mappers.computeIfAbsent(stateType, type -> {
            ObjectMapper m = json.copy();
            if (type.isSealed()) {
                m.addMixIn(type, Staged.class);
                Deque<Class<?>> todo = new ArrayDeque<>();
                todo.add(type);
                while (!todo.isEmpty()) {
                    Class<?> c = todo.poll();
                    if (c.isSealed()) {
                        for (Class<?> sub : c.getPermittedSubclasses()) {
                            todo.add(sub);
                        }
                    } else {
                        m.registerSubtypes(new NamedType(c, c.getSimpleName()));
                    }
                }
            }
            return m;
        });
    }
}
