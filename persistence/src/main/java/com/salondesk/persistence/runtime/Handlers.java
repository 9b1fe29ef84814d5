package com.salondesk.persistence.runtime;

import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.event.EventTypeRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The event handlers the {@link EventRuntime} runs (sagas, notifiers, stock updaters, the sync client):
 * where each stands, and what a person does with the events they gave up on. Each runs on a
 * {@link Worker} of its own.
 */
public final class Handlers {

    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final DeskEventLog log;
    private final DeadLetterStore deadLetters;
    private final Object progress = new Object();
    /** How long a person waits for a handler to retry or skip a dead letter before being told. */
    private static final Duration ANSWER = Duration.ofMinutes(5);

    Handlers(DeskEventLog log, DeadLetterStore deadLetters) {
        this.log = log;
        this.deadLetters = deadLetters;
    }

    /** Refuses handlers that ask for unregistered event types or share a name. */
    static void check(List<EventHandler> handlers, EventTypeRegistry types) {
        Set<String> names = new HashSet<>();
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

    void add(Worker worker) {
        workers.put(worker.name(), worker);
    }

    Iterable<Worker> workers() {
        return workers.values();
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

    void progressed() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /**
     * Tries a dead letter again now. On success the events parked behind it are processed in order;
     * returns whether the whole stream went through.
     */
    public boolean retry(long deadLetterId) {
        DeadLetter letter = openLetter(deadLetterId);
        Worker worker = worker(letter.handler());
        return EventRuntime.await(worker.request(() -> worker.retryDeadLetter(letter)), "the handler " + letter.handler(), ANSWER);
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
     * The worker's part of skipping a dead letter, once the decision has been recorded in the log (by
     * {@code command.DeadLetterDesk}): marks the letter skipped with the reason and processes the events parked
     * behind it, in order. Refused if the letter is no longer the first open one of its stream.
     */
    public void passOver(DeadLetter letter, String reason) {
        Worker worker = worker(letter.handler());
        EventRuntime.await(worker.request(() -> {
            worker.skipDeadLetter(letter, reason);
            return null;
        }), "the handler " + letter.handler(), ANSWER);
    }

    /**
     * The dead letter {@code id} while it is still open (dead or parked); otherwise refused as
     * {@code dead-letter.not-found} or {@code dead-letter.already-settled} (with its status), words a person reads.
     */
    public DeadLetter openLetter(long id) {
        DeadLetter letter = deadLetters.find(id).orElseThrow(() -> new DomainRejection("dead-letter.not-found", id));
        if (!letter.status().isOpen()) {
            throw new DomainRejection("dead-letter.already-settled", id, letter.status());
        }
        return letter;
    }

    private Worker worker(String name) {
        Worker w = workers.get(name);
        if (w == null) {
            // A letter left by a handler this build no longer runs: the person on the dead-letters screen reads this.
            throw new DomainRejection("handler.not-on-this-desk", name);
        }
        return w;
    }
}
