package com.salondesk.persistence.command;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.desk.StreamVersionConflict;
import com.salondesk.persistence.snapshot.SnapshotStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The one way a command runs on the desk: load each stream it touches (snapshot plus newer events), decide,
 * append to every stream in one transaction at the version that was loaded. A concurrent change on this desk
 * shows up as a version conflict; the command is then decided again on the newer state, a bounded number of
 * times. Nothing else appends to the log on a command's behalf.
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

    /**
     * One stream's part in a command: the stream, its decider, and the command to decide on it. {@code newStream}
     * marks a stream this desk has just named with a fresh id (a UUIDv7 made here, as for a new booking).
     */
    public record Step<C, S, E extends DomainEvent>(String streamId, Decider<C, S, E> decider, Class<E> eventType,
                                                    C command, boolean newStream) {

        public static <C, S, E extends DomainEvent> Step<C, S, E> on(String streamId, Decider<C, S, E> decider,
                                                                      Class<E> eventType, C command) {
            return new Step<>(streamId, decider, eventType, command, false);
        }

        public static <C, S, E extends DomainEvent> Step<C, S, E> onNew(String streamId, Decider<C, S, E> decider,
                                                                         Class<E> eventType, C command) {
            return new Step<>(streamId, decider, eventType, command, true);
        }
    }

    /** Decides {@code command} on the stream's current state and records the result. */
    public <C, S, E extends DomainEvent> List<RecordedEvent> execute(EventContext context, String streamId,
                                                                     Decider<C, S, E> decider, Class<E> eventType,
                                                                     C command) {
        return execute(context, List.of(Step.on(streamId, decider, eventType, command)));
    }

    /** As {@link #execute(EventContext, String, Decider, Class, Object)}, on a stream this desk has just named. */
    public <C, S, E extends DomainEvent> List<RecordedEvent> executeOnNewStream(EventContext context, String streamId,
                                                                                Decider<C, S, E> decider,
                                                                                Class<E> eventType, C command) {
        return execute(context, List.of(Step.onNew(streamId, decider, eventType, command)));
    }

    /**
     * The one way a command runs on the desk: each step's stream is loaded (snapshot plus newer events) and
     * its command decided; every stream's new events are appended in one transaction, each at the version it
     * was read at. When another command on this desk got there first, every step is decided again on the newer
     * state, a bounded number of times. A rejection from any step stops the whole command; nothing is written.
     *
     * <p>A step on a new stream is decided the first time on the initial state, without reading a stream that
     * holds nothing yet. Should the stream hold events after all, version 1 collides in the log's unique index;
     * should the command be refused (or change nothing) on the initial state, the stored state may say otherwise.
     * Either way the step is decided again on the stored state, as any other, so the answer never differs.
     */
    public List<RecordedEvent> execute(EventContext context, List<? extends Step<?, ?, ?>> steps) {
        return execute(context, steps, List.of());
    }

    /**
     * As {@link #execute(EventContext, List)}, and settles the superseded events {@code settles} in the same
     * transaction (see {@link DeskEventLog#append(EventContext, List, Collection)}): a sync rebase records the new
     * outcome of a displaced event and that the event is dealt with, all or nothing. When the steps decide nothing
     * the events are settled all the same; when a step is refused nothing is written, and nothing settled.
     */
    public List<RecordedEvent> execute(EventContext context, List<? extends Step<?, ?, ?>> steps,
                                       Collection<UUID> settles) {
        for (int attempt = 1; ; attempt++) {
            List<Planned<?, ?, ?>> plans = new ArrayList<>();
            for (Step<?, ?, ?> step : steps) {
                Planned<?, ?, ?> plan = plan(step, attempt == 1);
                if (!plan.events().isEmpty()) {
                    plans.add(plan);
                }
            }
            if (plans.isEmpty() && settles.isEmpty()) {
                return List.of();
            }
            try {
                List<RecordedEvent> recorded = log.append(context, plans.stream().map(Planned::append).toList(),
                        settles);
                plans.forEach(p -> p.snapshotIfDue(context));
                return recorded;
            } catch (StreamVersionConflict conflict) {
                if (attempt >= ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private <C, S, E extends DomainEvent> Planned<C, S, E> plan(Step<C, S, E> step, boolean firstAttempt) {
        if (step.newStream() && firstAttempt) {
            Loaded<S> nothing = new Loaded<>(step.decider().initialState(), 0);
            try {
                List<E> events = step.decider().decide(step.command(), nothing.state());
                if (!events.isEmpty()) {
                    return new Planned<>(step, nothing, events);
                }
            } catch (RuntimeException refusedOnNothing) {
                // decided again below, on what the stream holds
            }
        }
        Loaded<S> loaded = load(step.streamId(), step.decider(), step.eventType());
        return new Planned<>(step, loaded, step.decider().decide(step.command(), loaded.state()));
    }

    /** What one step appends, on the state it was decided on. */
    private final class Planned<C, S, E extends DomainEvent> {
        private final Step<C, S, E> step;
        private final Loaded<S> before;
        private final List<E> events;

        Planned(Step<C, S, E> step, Loaded<S> before, List<E> events) {
            this.step = step;
            this.before = before;
            this.events = events;
        }

        List<E> events() {
            return events;
        }

        StreamAppend append() {
            return new StreamAppend(step.streamId(), before.version(), events);
        }

        /**
         * After the append: if the stream crossed a snapshot boundary, stores the new state. A snapshot is a
         * cache written outside the append's transaction; losing one costs only a longer fold.
         */
        void snapshotIfDue(EventContext context) {
            long after = before.version() + events.size();
            if (!snapshots.policy().due(step.streamId(), before.version(), after)) {
                return;
            }
            S state = before.state();
            for (E event : events) {
                state = step.decider().evolve(state, event);
            }
            @SuppressWarnings("unchecked")
            Class<S> stateType = (Class<S>) stateTypeOf(step.decider().initialState());
            snapshots.save(step.streamId(), context.tenantId(), state, after, stateType);
        }
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
}
