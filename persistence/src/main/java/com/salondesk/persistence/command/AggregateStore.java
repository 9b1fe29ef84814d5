package com.salondesk.persistence.command;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.desk.StreamVersionConflict;
import java.util.List;

/**
 * Runs commands against event-sourced aggregates: load the stream, fold it, decide, append with the
 * version that was loaded. A concurrent change on this desk shows up as a version conflict; the command
 * is then decided again on the newer state, a bounded number of times.
 */
public final class AggregateStore {

    static final int ATTEMPTS = 5;

    private final DeskEventLog log;

    public AggregateStore(DeskEventLog log) {
        this.log = log;
    }

    /** An aggregate's state and the version it was read at. */
    public record Loaded<S>(S state, long version) {
    }

    public <C, S, E extends DomainEvent> Loaded<S> load(String streamId, Decider<C, S, E> decider, Class<E> eventType) {
        S state = decider.initialState();
        long version = 0;
        for (RecordedEvent recorded : log.readStream(streamId)) {
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
                return log.append(context, new StreamAppend(streamId, loaded.version(), events));
            } catch (StreamVersionConflict conflict) {
                if (attempt >= ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    public DeskEventLog log() {
        return log;
    }
}
