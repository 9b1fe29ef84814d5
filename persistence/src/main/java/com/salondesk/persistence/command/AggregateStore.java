package com.salondesk.persistence.command;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.desk.StreamVersionConflict;
import com.salondesk.persistence.snapshot.SnapshotStore;
import java.util.List;

/**
 * Runs commands against event-sourced aggregates: load the stream, fold it, decide, append with the
 * version that was loaded. A concurrent change on this desk shows up as a version conflict; the command
 * is then decided again on the newer state, a bounded number of times.
 */
public final class AggregateStore {

    static final int ATTEMPTS = 5;

    private final DeskEventLog log;
    private final SnapshotStore snapshots;

    public AggregateStore(DeskEventLog log, SnapshotStore snapshots) {
        this.log = log;
        this.snapshots = snapshots;
    }

    /** An aggregate's state and the version it was read at. */
    public record Loaded<S>(S state, long version) {
    }

    /** The stream's state: its snapshot, if there is a usable one, plus the events after it. */
    public <C, S, E extends DomainEvent> Loaded<S> load(String streamId, Decider<C, S, E> decider, Class<E> eventType) {
        S state = decider.initialState();
        long version = 0;
        @SuppressWarnings("unchecked")
        Class<S> stateType = (Class<S>) stateTypeOf(state);
        var snapshot = snapshots.load(streamId, stateType);
        if (snapshot.isPresent()) {
            state = snapshot.get().state();
            version = snapshot.get().version();
        }
        for (RecordedEvent recorded : log.readStream(streamId, version)) {
            state = decider.evolve(state, eventType.cast(recorded.event()));
            version = recorded.version();
        }
        return new Loaded<>(state, version);
    }

    /** Decides {@code command} on the stream's current state and records the result. */
    public <C, S, E extends DomainEvent> List<RecordedEvent> execute(EventContext context, String streamId,
                                                                     Decider<C, S, E> decider, Class<E> eventType,
                                                                     C command) {
        for (int attempt = 1; ; attempt++) {
            Loaded<S> loaded = load(streamId, decider, eventType);
            List<E> events = decider.decide(command, loaded.state());
            if (events.isEmpty()) {
                return List.of();
            }
            try {
                List<RecordedEvent> recorded = log.append(context, new StreamAppend(streamId, loaded.version(), events));
                snapshotIfDue(context, streamId, decider, loaded, events);
                return recorded;
            } catch (StreamVersionConflict conflict) {
                if (attempt >= ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * As {@link #execute}, for a stream this desk has just named with a fresh id (a UUIDv7 made here, as for a
     * new booking): decides on the initial state without reading the stream, which holds nothing yet. Should
     * the stream hold events after all, version 1 collides in the log's unique index; and should the command
     * be refused on the initial state, the stored state may say otherwise. Either way the command is then
     * decided again on the stored state, exactly as {@code execute} would, so the answer never differs.
     */
    public <C, S, E extends DomainEvent> List<RecordedEvent> executeOnNewStream(EventContext context, String streamId,
                                                                                Decider<C, S, E> decider,
                                                                                Class<E> eventType, C command) {
        Loaded<S> empty = new Loaded<>(decider.initialState(), 0);
        List<E> events;
        try {
            events = decider.decide(command, empty.state());
        } catch (RuntimeException refusedOnNothing) {
            return execute(context, streamId, decider, eventType, command);
        }
        if (events.isEmpty()) {
            return execute(context, streamId, decider, eventType, command);
        }
        try {
            List<RecordedEvent> recorded = log.append(context, new StreamAppend(streamId, 0, events));
            snapshotIfDue(context, streamId, decider, empty, events);
            return recorded;
        } catch (StreamVersionConflict existsAlready) {
            return execute(context, streamId, decider, eventType, command);
        }
    }

    /**
     * After an append: if the stream crossed a snapshot boundary, stores the new state. A snapshot is a
     * cache written outside the append's transaction; losing one costs only a longer fold.
     */
    public <C, S, E extends DomainEvent> void snapshotIfDue(EventContext context, String streamId,
                                                            Decider<C, S, E> decider, Loaded<S> before,
                                                            List<? extends E> appended) {
        long after = before.version() + appended.size();
        if (!snapshots.policy().due(streamId, before.version(), after)) {
            return;
        }
        S state = before.state();
        for (E event : appended) {
            state = decider.evolve(state, event);
        }
        @SuppressWarnings("unchecked")
        Class<S> stateType = (Class<S>) stateTypeOf(decider.initialState());
        snapshots.save(streamId, context.tenantId(), state, after, stateType);
    }

    /** Each stage class's declared state type, worked out once (loads are on every command's path). */
    private static final ClassValue<Class<?>> STATE_TYPES = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return declaredStateType(type);
        }
    };

    private static Class<?> stateTypeOf(Object initial) {
        return STATE_TYPES.get(initial.getClass());
    }

    /** The declared state type: the sealed interface a stage record belongs to, or the record itself. */
    private static Class<?> declaredStateType(Class<?> type) {
        for (Class<?> i : type.getInterfaces()) {
            if (i.isSealed()) {
                Class<?> top = i;
                while (top.getInterfaces().length > 0 && top.getInterfaces()[0].isSealed()) {
                    top = top.getInterfaces()[0];
                }
                return top;
            }
        }
        return type;
    }

    public DeskEventLog log() {
        return log;
    }
}
