package com.salondesk.persistence.backend;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.SubscriberExceptionContext;
import com.salondesk.persistence.command.AggregateStore;
import com.salondesk.persistence.command.AttentionDesk;
import com.salondesk.persistence.command.BookingDesk;
import com.salondesk.persistence.command.ChainSetup;
import com.salondesk.persistence.command.DeadLetterDesk;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.projection.AttentionProjection;
import com.salondesk.persistence.projection.BookingProjection;
import com.salondesk.persistence.projection.DirectoryProjection;
import com.salondesk.persistence.read.DeskQueries;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.EventRuntime;
import com.salondesk.persistence.snapshot.SnapshotPolicy;
import com.salondesk.persistence.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes a desk's back end in a data folder: the H2 database and event log, the event bus, the
 * one event runtime (projections caught up on open, handlers), the aggregate store, the read queries and
 * the command services. One per data folder and process, held by a composition root (the app's, the
 * support commands', a test's or a benchmark's), which hands each screen only the few operations it uses.
 */
public final class DeskBackEnd implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBackEnd.class);

    private final DeskDatabase database;
    private final EventBus bus;
    private final EventTypeRegistry types;
    private final DeskEventLog log;
    private final EventRuntime runtime;
    private final DeskQueries queries;
    private final AggregateStore store;
    private final BookingDesk bookings;
    private final ChainSetup setup;
    private final DeadLetterDesk deadLetterDesk;
    private final AttentionDesk attention;
    private final DeskIdentityStore identity;

    private DeskBackEnd(Path folder, Clock clock, List<EventHandler> handlers, SnapshotPolicy snapshotPolicy) {
        this.types = SalonEventTypes.registry();
        EventRuntime.check(handlers, types);
        this.database = DeskDatabase.open(folder);
        this.bus = new EventBus(DeskBackEnd::logSubscriberFailure);
        this.log = new DeskEventLog(database, types, bus, clock);
        this.queries = new DeskQueries(database, types.json());
        this.store = new AggregateStore(log, new SnapshotStore(database, types.json(), snapshotPolicy));
        this.bookings = new BookingDesk(store, clock);
        this.setup = new ChainSetup(store);
        this.attention = new AttentionDesk(store, clock);
        this.identity = new DeskIdentityStore(database);
        this.runtime = new EventRuntime(database, log, bus, types, clock,
                List.of(new DirectoryProjection(types.json()), new BookingProjection(),
                        new AttentionProjection(types.json())), handlers);
        this.deadLetterDesk = new DeadLetterDesk(store, runtime.handlers());
    }

    /** Opens the desk in {@code folder}, creating an empty log there if there is none. */
    public static DeskBackEnd open(Path folder, Clock clock) {
        return open(folder, clock, List.of());
    }

    /** Opens the desk with event handlers (sagas, notifiers) that run beside the projections. */
    public static DeskBackEnd open(Path folder, Clock clock, List<EventHandler> handlers) {
        return open(folder, clock, handlers, SnapshotPolicy.standard());
    }

    /** Opens the desk with handlers and a snapshot policy of the caller's choosing (tests, benchmarks). */
    public static DeskBackEnd open(Path folder, Clock clock, List<EventHandler> handlers, SnapshotPolicy snapshotPolicy) {
        DeskBackEnd desk = new DeskBackEnd(folder, clock, handlers, snapshotPolicy);
        try {
            desk.runtime.start();
        } catch (RuntimeException | Error e) {
            // What went wrong on start is what the caller must hear; trouble closing the half-started desk
            // only rides along.
            try {
                desk.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return desk;
    }

    private static void logSubscriberFailure(Throwable error, SubscriberExceptionContext context) {
        LOG.error("event handler {} failed on {}", context.getSubscriberMethod(), context.getEvent(), error);
    }

    public EventBus bus() {
        return bus;
    }

    public EventTypeRegistry types() {
        return types;
    }

    public DeskEventLog log() {
        return log;
    }

    /** The projections and handlers following the log. */
    public EventRuntime runtime() {
        return runtime;
    }

    public DeskQueries queries() {
        return queries;
    }

    public AggregateStore store() {
        return store;
    }

    public BookingDesk bookings() {
        return bookings;
    }

    public ChainSetup setup() {
        return setup;
    }

    /** Dealing with the Needs-attention list: move, keep as an overbooking, cancel, dismiss. */
    public AttentionDesk attention() {
        return attention;
    }

    /** Skipping a handler's dead letter, as a command. */
    public DeadLetterDesk deadLetterDesk() {
        return deadLetterDesk;
    }

    public DeskIdentityStore identity() {
        return identity;
    }

    public DeskDatabase database() {
        return database;
    }

    /**
     * Waits until the read models include everything recorded so far on this desk — read-your-writes
     * for a screen that has just run a command, and for tests.
     */
    public void awaitProjections() {
        long head = log.headPosition();
        try {
            if (!runtime.projections().awaitPosition(head, Duration.ofSeconds(30))) {
                throw new IllegalStateException("the read models did not reach position " + head + " within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }

    /**
     * Stops the runtime, then closes the log and the database, each even if the one before failed; the first
     * failure is thrown, later ones added to it as suppressed.
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Runnable step : List.<Runnable>of(runtime::close, log::close, database::close)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
