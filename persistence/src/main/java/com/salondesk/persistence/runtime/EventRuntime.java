package com.salondesk.persistence.runtime;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.event.EventTypeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The desk's one event-processing runtime: every projection and every event handler runs on a
 * {@link Worker} of its own, from its own checkpoint, with one {@link RetryPolicy}, one timeout per attempt
 * and one {@link HandlerStatus} each. Woken after each commit with the events just recorded; on start the
 * projections catch up on the caller's thread (a desk whose read models cannot follow its log does not
 * open) and the handlers on their own.
 */
public final class EventRuntime implements AutoCloseable {

    private final EventBus bus;
    private final Projections projections;
    private final Handlers handlers;
    /** Whether this runtime is subscribed to the bus now; only then does closing unsubscribe it. */
    private boolean subscribed;
    private boolean closed;

    public EventRuntime(DeskDatabase database, DeskEventLog log, EventBus bus, EventTypeRegistry types, Clock clock,
                        List<Projection> projections, List<EventHandler> handlers) {
        check(handlers, types);
        this.bus = bus;
        DeadLetterStore deadLetters = new DeadLetterStore(database);
        this.projections = new Projections(log, bus, new ProjectionRebuild(database, log));
        this.handlers = new Handlers(log, deadLetters);
        Random seeds = new Random();
        for (Projection projection : projections) {
            this.projections.add(projection, new Worker(new Processor.OfProjection(projection), log, database.dsl(),
                    deadLetters, clock, new Random(seeds.nextLong()), this.projections::progressed));
        }
        for (EventHandler handler : handlers) {
            this.handlers.add(new Worker(new Processor.OfHandler(handler, clock), log, database.dsl(), deadLetters,
                    clock, new Random(seeds.nextLong()), this.handlers::progressed));
        }
    }

    /** Refuses handlers that ask for unregistered event types or share a name, before anything is opened. */
    public static void check(List<EventHandler> handlers, EventTypeRegistry types) {
        Handlers.check(handlers, types);
    }

    /**
     * Catches the projections up with the log (on the caller's thread) and starts following new events. If it
     * fails part-way, {@link #close} stops whatever did start.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the event runtime is closed");
        }
        for (Worker w : projections.workers()) {
            w.load();
            w.catchUpNow();
        }
        for (Worker w : handlers.workers()) {
            w.load();
        }
        projections.progressed();
        projections.workers().forEach(Worker::start);
        handlers.workers().forEach(Worker::start);
        bus.register(this);
        subscribed = true;
    }

    @Subscribe
    public void onRecorded(EventsRecorded recorded) {
        projections.workers().forEach(w -> w.offer(recorded.events()));
        handlers.workers().forEach(w -> w.offer(recorded.events()));
    }

    /** The read models: status, read-your-writes, rebuild. */
    public Projections projections() {
        return projections;
    }

    /** The event handlers: status, dead letters. */
    public Handlers handlers() {
        return handlers;
    }

    /** Waits for work handed to a worker (without limit when {@code limit} is null); what the work threw is thrown here. */
    static <T> T await(CompletableFuture<T> result, String who, Duration limit) {
        try {
            return limit == null ? result.get() : result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + who, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(who + " did not answer within " + limit.toMinutes() + " minutes", e);
        }
    }

    /**
     * Stops every worker after the unit in hand; each stores its checkpoint and continues from it on next start.
     * Safe on a runtime that never started or failed to start part-way, and a second time: it unsubscribes only
     * if it subscribed, and stops every worker even if stopping one fails (that failure is thrown at the end,
     * any others added to it as suppressed).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        if (subscribed) {
            subscribed = false;
            failure = attempt(() -> bus.unregister(this), failure);
        }
        for (Worker w : handlers.workers()) {
            failure = attempt(w::stop, failure);
        }
        for (Worker w : projections.workers()) {
            failure = attempt(w::stop, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Runs one step of closing; its failure becomes the failure, or is added to the one before it. */
    private static RuntimeException attempt(Runnable step, RuntimeException before) {
        try {
            step.run();
            return before;
        } catch (RuntimeException e) {
            if (before == null) {
                return e;
            }
            before.addSuppressed(e);
            return before;
        }
    }
}
