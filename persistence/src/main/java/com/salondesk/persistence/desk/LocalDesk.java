package com.salondesk.persistence.desk;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.SubscriberExceptionContext;
import com.salondesk.persistence.command.AggregateStore;
import com.salondesk.persistence.command.BookingDesk;
import com.salondesk.persistence.command.ChainSetup;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.projection.BookingProjection;
import com.salondesk.persistence.projection.DirectoryProjection;
import com.salondesk.persistence.projection.ProjectionRunner;
import com.salondesk.persistence.read.DeskQueries;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerRuntime;
import com.salondesk.persistence.snapshot.SnapshotPolicy;
import com.salondesk.persistence.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's local back end, wired: the H2 event log in a data folder, the event bus, the projections
 * (caught up on open), the read queries and the command services. One per data folder and process.
 */
public final class LocalDesk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDesk.class);

    private final DeskDatabase database;
    private final EventBus bus;
    private final EventTypeRegistry types;
    private final DeskEventLog log;
    private final ProjectionRunner projections;
    private final DeskQueries queries;
    private final AggregateStore store;
    private final BookingDesk bookings;
    private final ChainSetup setup;
    private final DeskIdentityStore identity;
    private final HandlerRuntime handlers;

    private LocalDesk(Path folder, Clock clock, List<EventHandler> handlers, SnapshotPolicy snapshotPolicy) {
        this.types = SalonEventTypes.registry();
        HandlerRuntime.check(handlers, types);
        this.database = DeskDatabase.open(folder);
        this.bus = new EventBus(LocalDesk::logSubscriberFailure);
        this.log = new DeskEventLog(database, types, bus, clock);
        this.projections = new ProjectionRunner(database, log, bus,
                List.of(new DirectoryProjection(types.json()), new BookingProjection()));
        this.queries = new DeskQueries(database, types.json());
        this.store = new AggregateStore(log, new SnapshotStore(database, types.json(), snapshotPolicy));
        this.bookings = new BookingDesk(store, clock);
        this.setup = new ChainSetup(store);
        this.identity = new DeskIdentityStore(database);
        this.handlers = new HandlerRuntime(database, log, bus, types, clock, handlers);
    }

    /** Opens the desk in {@code folder}, creating an empty log there if there is none. */
    public static LocalDesk open(Path folder, Clock clock) {
        return open(folder, clock, List.of());
    }

    /** Opens the desk with event handlers (sagas, notifiers) that run beside the projections. */
    public static LocalDesk open(Path folder, Clock clock, List<EventHandler> handlers) {
        return open(folder, clock, handlers, SnapshotPolicy.standard());
    }

    /** Opens the desk with handlers and a snapshot policy of the caller's choosing (tests, benchmarks). */
    public static LocalDesk open(Path folder, Clock clock, List<EventHandler> handlers, SnapshotPolicy snapshotPolicy) {
        LocalDesk desk = new LocalDesk(folder, clock, handlers, snapshotPolicy);
        try {
            desk.projections.start();
            desk.handlers.start();
        } catch (RuntimeException e) {
            desk.close();
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

    public ProjectionRunner projections() {
        return projections;
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

    public DeskIdentityStore identity() {
        return identity;
    }

    public HandlerRuntime handlers() {
        return handlers;
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
            if (!projections.awaitPosition(head, Duration.ofSeconds(30))) {
                throw new IllegalStateException("the read models did not reach position " + head + " within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }

    @Override
    public void close() {
        handlers.close();
        projections.close();
        log.close();
        database.close();
    }
}
