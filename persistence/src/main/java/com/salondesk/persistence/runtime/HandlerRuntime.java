package com.salondesk.persistence.runtime;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.domain.operations.HandlerEvent;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.desk.StreamVersionConflict;
import com.salondesk.persistence.event.EventTypeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the desk's event handlers: each on its own thread, each from its own checkpoint, isolated from
 * one another (one that throws or hangs delays only itself). Woken by the event bus after each commit;
 * on start each catches up from its checkpoint.
 */
public final class HandlerRuntime implements AutoCloseable {

    private final Map<String, HandlerWorker> workers = new LinkedHashMap<>();
    private final DeskEventLog log;
    private final EventBus bus;
    private final DeadLetterStore deadLetters;
    private final Object progress = new Object();

    public HandlerRuntime(DeskDatabase database, DeskEventLog log, EventBus bus, EventTypeRegistry types,
                          Clock clock, List<EventHandler> handlers) {
        this.log = log;
        this.bus = bus;
        this.deadLetters = new DeadLetterStore(database);
        check(handlers, types);
        Random seeds = new Random();
        for (EventHandler handler : handlers) {
            workers.put(handler.name(), new HandlerWorker(handler, log, database.dsl(), deadLetters, clock,
                    new Random(seeds.nextLong()), this::progressed));
        }
    }

    /** Refuses handlers that ask for unregistered event types or share a name. */
    public static void check(List<EventHandler> handlers, EventTypeRegistry types) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (EventHandler handler : handlers) {
            for (String type : handler.eventTypes()) {
                if (!types.wireNames().contains(type)) {
                    throw new IllegalArgumentException("handler " + handler.name() + " asks for '" + type
                            + "', which is not a registered event type");
                }
            }
            if (!names.add(handler.name())) {
                throw new IllegalArgumentException("two handlers are named " + handler.name());
            }
        }
    }

    public void start() {
        workers.values().forEach(HandlerWorker::start);
        bus.register(this);
    }

    @Subscribe
    public void onRecorded(EventsRecorded recorded) {
        workers.values().forEach(HandlerWorker::wake);
    }

    public DeadLetterStore deadLetters() {
        return deadLetters;
    }

    /** Each handler's position, lag, failures and dead letters. */
    public List<HandlerStatus> status() {
        long head = log.headPosition();
        List<HandlerStatus> result = new ArrayList<>();
        workers.values().forEach(w -> result.add(w.status(head)));
        return result;
    }

    /** Waits until every handler's checkpoint has reached {@code position}; false if time ran out. */
    public boolean awaitPosition(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (workers.values().stream().anyMatch(w -> w.position() < position)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    private void progressed() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /**
     * Tries a dead letter again now. On success the events parked behind it are processed in order;
     * returns whether the whole stream went through.
     */
    public boolean retry(long deadLetterId) {
        DeadLetter letter = open(deadLetterId);
        return await(worker(letter.handler()).request(() -> worker(letter.handler()).retryDeadLetter(letter)));
    }

    /** Retries every stream's first dead letter; returns how many streams went through. */
    public int retryAll() {
        int done = 0;
        for (DeadLetter letter : deadLetters.list(new DeadLetterStore.Filter(null, DeadLetterStatus.DEAD, null, null))) {
            if (retry(letter.id())) {
                done++;
            }
        }
        return done;
    }

    /**
     * Passes over a dead letter for its handler. The decision and its reason are recorded as a
     * {@code handler.event-skipped} event; the events parked behind it are then processed.
     */
    public void skip(long deadLetterId, String reason, EventContext context) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the event is skipped.");
        }
        DeadLetter letter = open(deadLetterId);
        if (letter.status() != DeadLetterStatus.DEAD) {
            throw new IllegalStateException("Only a dead letter can be skipped; this one waits behind another.");
        }
        String stream = "handler-" + letter.handler();
        var skipped = new HandlerEvent.EventSkipped(letter.handler(), letter.eventId().toString(), letter.streamId(),
                letter.eventType(), reason.strip());
        for (int attempt = 1; ; attempt++) {
            try {
                log.append(context, new StreamAppend(stream, log.currentVersion(stream), List.of(skipped)));
                break;
            } catch (StreamVersionConflict conflict) {
                if (attempt == 3) {
                    throw conflict;
                }
            }
        }
        await(worker(letter.handler()).request(() -> {
            worker(letter.handler()).skipDeadLetter(letter, reason.strip());
            return null;
        }));
    }

    private DeadLetter open(long id) {
        DeadLetter letter = deadLetters.find(id).orElseThrow(() ->
                new IllegalArgumentException("There is no dead letter " + id + "."));
        if (!letter.status().isOpen()) {
            throw new IllegalStateException("Dead letter " + id + " is already " + letter.status().name().toLowerCase() + ".");
        }
        return letter;
    }

    private HandlerWorker worker(String name) {
        HandlerWorker w = workers.get(name);
        if (w == null) {
            throw new IllegalStateException("handler " + name + " is not running on this desk");
        }
        return w;
    }

    private static <T> T await(CompletableFuture<T> result) {
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the handler", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the handler did not answer within 5 minutes", e);
        }
    }

    @Override
    public void close() {
        bus.unregister(this);
        workers.values().forEach(HandlerWorker::stop);
    }
}
