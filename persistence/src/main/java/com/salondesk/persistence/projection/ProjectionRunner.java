package com.salondesk.persistence.projection;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps projections up to date with the log. Each batch of events and the projection's checkpoint are
 * written in one transaction. On start (and whenever it is told of events it has not seen in order) it
 * catches up from the checkpoint, so a crash between commit and dispatch loses nothing.
 */
public final class ProjectionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRunner.class);
    static final int BATCH = 1_000;

    private final DSLContext dsl;
    private final DeskEventLog log;
    private final EventBus bus;
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    /** Last position applied per projection; mirrors the stored checkpoint. */
    private final Map<String, Long> applied = new LinkedHashMap<>();

    public ProjectionRunner(DeskDatabase database, DeskEventLog log, EventBus bus, List<Projection> projections) {
        this.dsl = database.dsl();
        this.log = log;
        this.bus = bus;
        for (Projection p : projections) {
            if (this.projections.put(p.name(), p) != null) {
                throw new IllegalArgumentException("two projections are named " + p.name());
            }
        }
    }

    /** Catches every projection up with the log and starts following new events. */
    public synchronized void start() {
        for (Projection p : projections.values()) {
            applied.put(p.name(), Checkpoints.read(dsl, p.name()));
        }
        catchUp();
        bus.register(this);
    }

    @Subscribe
    public void onRecorded(EventsRecorded recorded) {
        apply(recorded.events());
    }

    /** Applies newly recorded events; falls back to reading the log when they are not next in line. */
    public synchronized void apply(List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        long first = events.getFirst().position();
        for (Projection p : projections.values()) {
            long at = applied.get(p.name());
            if (first == at + 1) {
                applyBatch(p, events);
            } else if (events.getLast().position() > at) {
                catchUp(p);
            }
        }
        bus.post(new ProjectionsUpdated(events.getLast().position()));
    }

    /** Brings every projection to the head of the log. */
    public synchronized void catchUp() {
        projections.values().forEach(this::catchUp);
        bus.post(new ProjectionsUpdated(log.headPosition()));
    }

    private void catchUp(Projection p) {
        long before = applied.get(p.name());
        while (true) {
            List<RecordedEvent> batch = log.readAfter(applied.get(p.name()), BATCH);
            if (batch.isEmpty()) {
                break;
            }
            applyBatch(p, batch);
        }
        long after = applied.get(p.name());
        if (after > before) {
            LOG.info("projection {} caught up from {} to {}", p.name(), before, after);
        }
    }

    private void applyBatch(Projection p, List<RecordedEvent> batch) {
        long last = batch.getLast().position();
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            for (RecordedEvent e : batch) {
                p.apply(ctx, e);
            }
            Checkpoints.write(ctx, p.name(), last);
        });
        applied.put(p.name(), last);
    }

    /** Where a projection stands in the log. */
    public synchronized long position(String projection) {
        Long at = applied.get(projection);
        if (at == null) {
            throw new IllegalArgumentException("no projection named " + projection);
        }
        return at;
    }

    /** Empties one projection and rebuilds it from the start of the log. */
    public synchronized void rebuild(String projection) {
        Projection p = projections.get(projection);
        if (p == null) {
            throw new IllegalArgumentException("no projection named " + projection);
        }
        dsl.transaction(tx -> {
            p.reset(tx.dsl());
            Checkpoints.write(tx.dsl(), p.name(), 0);
        });
        applied.put(p.name(), 0L);
        catchUp(p);
        bus.post(new ProjectionsUpdated(applied.get(p.name())));
    }
}
