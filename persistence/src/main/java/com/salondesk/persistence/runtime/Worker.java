package com.salondesk.persistence.runtime;

import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Processor.Unit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one projection or one handler on a thread of its own, from its own checkpoint. It takes the events
 * pushed after each commit when they follow on from where it stands and reads the log otherwise; it
 * retries a failing unit with the processor's {@link RetryPolicy}, each attempt within its timeout, and
 * keeps order: while a unit is retried, what comes after it waits (its stream for a handler, the whole log
 * for a projection); a handler's unit that runs out of attempts is dead-lettered and later events of its
 * stream are parked behind it. The checkpoint only passes settled events (processed, dead-lettered or parked).
 */
final class Worker {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    /** Events read from the log at a time. */
    static final int BATCH = 1_000;

    private final Processor processor;
    private final DeskEventLog log;
    private final DSLContext dsl;
    private final DeadLetterStore deadLetters;
    private final Clock clock;
    private final RandomGenerator random;
    /** Told whenever the position moves, so waiters need not poll. */
    private final Runnable onProgress;
    private final Thread thread;
    /** Attempts run here, so that one which hangs past its timeout holds up neither this worker nor others. */
    private final ExecutorService calls;
    private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<List<RecordedEvent>> inbox = new ConcurrentLinkedQueue<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;
    /** Whether a failing unit holds back the whole log (a projection retrying). */
    private volatile boolean holding;

    // Worker-thread state.
    private long readUpTo;
    private long savedCheckpoint;
    /** Whether events may be in the log that were not pushed: on start, after a gap, after a quiet second. */
    private boolean behind = true;
    /** Units read but not yet settled, by their first position, with their last. */
    private final TreeMap<Long, Long> unsettled = new TreeMap<>();
    /** Per key of a unit being retried, the units waiting behind it. */
    private final Map<String, Deque<Unit>> waiting = new HashMap<>();
    private final PriorityQueue<Retry> retries = new PriorityQueue<>(Comparator.comparingLong(Retry::dueNanos));
    private final Set<String> deadStreams = new HashSet<>();

    // Read by other threads for monitoring.
    private final AtomicLong position = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile int retrying;

    private record Retry(long dueNanos, Unit unit, int attempt, Instant firstFailure) {
    }

    Worker(Processor processor, DeskEventLog log, DSLContext dsl, DeadLetterStore deadLetters, Clock clock,
           RandomGenerator random, Runnable onProgress) {
        this.processor = processor;
        this.log = log;
        this.dsl = dsl;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.random = random;
        this.onProgress = onProgress;
        String name = (processor.wholeLogInOrder() ? "projection-" : "handler-") + processor.name();
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this::run);
        this.calls = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name(name + "-call").unstarted(r));
    }

    /** Reads the checkpoint and what it waits on. */
    void load() {
        readUpTo = Checkpoints.readOrCreate(dsl, processor.name());
        savedCheckpoint = readUpTo;
        position.set(readUpTo);
        deadStreams.addAll(deadLetters.blockedStreams(processor.name()));
    }

    /**
     * Catches up with the log on the caller's thread, before {@link #start}, and throws the first failure:
     * a desk whose read models cannot follow its log does not open.
     */
    void catchUpNow() {
        long from = readUpTo;
        while (true) {
            List<RecordedEvent> batch = log.readAfter(readUpTo, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (Unit unit : processor.unitsOf(batch, readUpTo)) {
                Throwable failure = invoke(unit, 1);
                if (failure != null) {
                    throw failure instanceof RuntimeException e ? e
                            : new IllegalStateException(processor.name() + " failed: " + failure.getMessage(), failure);
                }
                savedCheckpoint = unit.last();
            }
            readUpTo = batch.getLast().position();
            saveCheckpoint(false);
        }
        if (readUpTo > from) {
            LOG.info("{} caught up from {} to {}", processor.name(), from, readUpTo);
        }
    }

    void start() {
        thread.start();
    }

    /** Events just committed; taken as they are when they follow on from where the worker stands. */
    void offer(List<RecordedEvent> events) {
        if (!holding) { // a held-back projection reads them from the log once its retry goes through
            inbox.add(events);
            wake();
        }
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Runs {@code task} on the worker thread, between units, and returns its result. */
    <T> CompletableFuture<T> request(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        requests.add(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        wake();
        return result;
    }

    private void run() {
        while (running) {
            try {
                for (Runnable r; (r = requests.poll()) != null; ) {
                    r.run();
                }
                runDueRetries();
                boolean more = readNext();
                saveCheckpoint(false);
                if (!more) {
                    sleepUntilWorkOrRetry();
                }
            } catch (DataAccessException e) {
                // The desk's own database failed (disk full, file closed): back off and try again.
                LOG.error("{} could not reach the event log; retrying in 1 s", processor.name(), e);
                pause(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            saveCheckpoint(true);
        } catch (RuntimeException e) {
            LOG.warn("could not store the checkpoint of {} on closing; it catches up on next start", processor.name(), e);
        }
    }

    /** Processes the next events, pushed or read; returns whether the log may hold more right away. */
    boolean readNext() {
        List<RecordedEvent> pushed = new ArrayList<>();
        for (List<RecordedEvent> list; (list = inbox.poll()) != null; ) {
            pushed.addAll(list);
        }
        if (holdsWholeLog()) {
            behind = true; // held back by a failing unit: read again from the log once it goes through
            return false;
        }
        if (!pushed.isEmpty()) {
            List<RecordedEvent> fresh = pushed.stream().filter(e -> e.position() > readUpTo).toList();
            if (follows(fresh)) {
                for (int from = 0; from < fresh.size(); from += BATCH) {
                    take(fresh.subList(from, Math.min(fresh.size(), from + BATCH)));
                    if (holdsWholeLog()) {
                        behind = true;
                        return false;
                    }
                }
            } else if (!fresh.isEmpty()) {
                behind = true;
            }
        }
        if (!behind) {
            return false;
        }
        List<RecordedEvent> batch = log.readAfter(readUpTo, BATCH);
        if (!batch.isEmpty()) {
            take(batch);
        }
        behind = batch.size() == BATCH;
        return behind;
    }

    private boolean holdsWholeLog() {
        return processor.wholeLogInOrder() && !waiting.isEmpty();
    }

    private boolean follows(List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return false;
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).position() != readUpTo + 1 + i) {
                return false;
            }
        }
        return true;
    }

    /** Takes events that come next in the log. */
    private void take(List<RecordedEvent> events) {
        long after = readUpTo;
        readUpTo = events.getLast().position();
        for (Unit unit : processor.unitsOf(events, after)) {
            unsettled.put(unit.after() + 1, unit.last());
            if (deadStreams.contains(unit.key())) {
                park(unit, clock.instant());
            } else if (waiting.containsKey(unit.key())) {
                waiting.get(unit.key()).add(unit);
            } else {
                attempt(unit, 1, null);
            }
        }
    }

    /** One attempt; on failure schedules the next or dead-letters. Returns whether the unit went through. */
    private boolean attempt(Unit unit, int attempt, Instant firstFailure) {
        Throwable failure = invoke(unit, attempt);
        if (failure == null) {
            if (processor.wholeLogInOrder()) {
                savedCheckpoint = Math.max(savedCheckpoint, unit.last()); // written with the unit's rows
            }
            settle(unit);
            return true;
        }
        failures.incrementAndGet();
        Instant now = clock.instant();
        Instant first = firstFailure == null ? now : firstFailure;
        RetryPolicy policy = processor.retryPolicy();
        if (attempt >= policy.maxAttempts()) {
            LOG.warn("{} gave up on {} {} after {} attempts: {}", processor.name(), unit.events().getFirst().type(),
                    unit.events().getFirst().id(), attempt, DeadLetterStore.describe(failure));
            for (RecordedEvent event : unit.events()) {
                deadLetters.bury(processor.name(), event, failure, attempt, first, now);
            }
            deadStreams.add(unit.key());
            settle(unit);
            Deque<Unit> behindIt = waiting.remove(unit.key());
            if (behindIt != null) {
                behindIt.forEach(u -> park(u, now));
            }
        } else {
            Duration delay = policy.delayBefore(attempt + 1, random);
            if (attempt == 1) {
                LOG.warn("{} failed at position {}; it tries again with backoff: {}", processor.name(),
                        unit.events().getFirst().position(), DeadLetterStore.describe(failure), failure);
            } else if (processor.wholeLogInOrder()) {
                LOG.warn("{} failed again at position {} (attempt {}): {}; next attempt in {} ms", processor.name(),
                        unit.events().getFirst().position(), attempt, DeadLetterStore.describe(failure), delay.toMillis());
            }
            waiting.computeIfAbsent(unit.key(), k -> new ArrayDeque<>());
            retries.add(new Retry(System.nanoTime() + delay.toNanos(), unit, attempt + 1, first));
        }
        retrying = retries.size();
        holding = holdsWholeLog();
        return false;
    }

    private void park(Unit unit, Instant now) {
        for (RecordedEvent event : unit.events()) {
            deadLetters.park(processor.name(), event, now);
        }
        settle(unit);
    }

    private void runDueRetries() {
        long now = System.nanoTime();
        while (!retries.isEmpty() && retries.peek().dueNanos() - now <= 0) {
            Retry retry = retries.poll();
            if (attempt(retry.unit(), retry.attempt(), retry.firstFailure())) {
                if (retry.attempt() > 2 || processor.wholeLogInOrder()) {
                    LOG.info("{} went through at position {} on attempt {}", processor.name(),
                            retry.unit().events().getFirst().position(), retry.attempt());
                }
                release(retry.unit().key());
            }
        }
        retrying = retries.size();
        holding = holdsWholeLog();
    }

    /** A unit went through: give the units waiting behind it their turn, in order. */
    private void release(String key) {
        Deque<Unit> behindIt = waiting.remove(key);
        while (behindIt != null && !behindIt.isEmpty()) {
            Unit next = behindIt.poll();
            if (!attempt(next, 1, null)) {
                if (deadStreams.contains(key)) {
                    Instant now = clock.instant();
                    behindIt.forEach(u -> park(u, now));
                } else {
                    waiting.get(key).addAll(behindIt);
                }
                return;
            }
        }
    }

    /** Runs one attempt in a transaction, within the processor's timeout. Returns the failure, or null. */
    private Throwable invoke(Unit unit, int attempt) {
        Future<?> call = calls.submit(() -> dsl.transaction(tx -> processor.process(tx.dsl(), unit, attempt)));
        Duration timeout = processor.timeout();
        try {
            call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            // Not interrupted: an interrupt can close H2's file channel. The call finishes or hangs on its own
            // thread; if it ever commits, the processed-event key or the checkpoint keeps a later attempt from
            // doubling it.
            call.cancel(false);
            return new TimeoutException("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof DataAccessException dae && dae.getCause() != null ? dae.getCause() : cause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(false);
            return e;
        }
    }

    private void settle(Unit unit) {
        unsettled.remove(unit.after() + 1);
    }

    /** Moves the position, and stores the checkpoint when it has moved far enough (or on closing). */
    private void saveCheckpoint(boolean closing) {
        long settledUpTo = unsettled.isEmpty() ? readUpTo : unsettled.firstKey() - 1;
        long unsaved = settledUpTo - savedCheckpoint;
        if (unsaved >= processor.maxUnsaved() || (closing && unsaved > 0)) {
            dsl.transaction(tx -> Checkpoints.write(tx.dsl(), processor.name(), settledUpTo));
            savedCheckpoint = settledUpTo;
        }
        if (position.getAndSet(settledUpTo) != settledUpTo) {
            onProgress.run();
        }
    }

    private void sleepUntilWorkOrRetry() throws InterruptedException {
        boolean pushed;
        synchronized (signal) {
            if (!woken && running && requests.isEmpty() && inbox.isEmpty()) {
                long waitNanos = retries.isEmpty() ? TimeUnit.SECONDS.toNanos(1)
                        : Math.max(TimeUnit.MILLISECONDS.toNanos(1), retries.peek().dueNanos() - System.nanoTime());
                long waitMillis = Math.min(TimeUnit.NANOSECONDS.toMillis(waitNanos), 1_000);
                signal.wait(Math.max(1, waitMillis));
                if (!woken) {
                    behind = true; // a quiet second: look at the log in case an event was committed but not pushed
                }
            }
            woken = false;
            pushed = !inbox.isEmpty();
        }
        if (pushed && processor.gatherNanos() > 0 && requests.isEmpty()) {
            // Let whatever else is being committed right now share the next transaction.
            TimeUnit.NANOSECONDS.sleep(processor.gatherNanos());
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    // --- requests, on the worker thread -----------------------------------------------------------

    /** Continues from a read model just rebuilt to {@code rebuiltTo}, forgetting the failures before it. */
    void rebuilt(long rebuiltTo) {
        retries.clear();
        waiting.clear();
        unsettled.clear();
        retrying = 0;
        holding = false;
        readUpTo = rebuiltTo;
        savedCheckpoint = rebuiltTo;
        behind = true;
        while (readNext()) {
            saveCheckpoint(false);
        }
        saveCheckpoint(false);
    }

    /** Tries the dead letter again; on success, processes what was parked behind it, in order. */
    boolean retryDeadLetter(DeadLetter letter) {
        return resume(firstOpen(letter), false, null);
    }

    /** Passes over the dead letter (the reason is already recorded as an event) and resumes its stream. */
    void skipDeadLetter(DeadLetter letter, String reason) {
        resume(firstOpen(letter), true, reason);
    }

    private List<DeadLetter> firstOpen(DeadLetter letter) {
        List<DeadLetter> open = deadLetters.openOf(processor.name(), letter.streamId());
        if (open.isEmpty() || open.getFirst().id() != letter.id()) {
            // Retrying or skipping an event parked behind another: the dead-letters screen shows this to a person.
            throw new DomainRejection("dead-letter.waits-behind", letter.id());
        }
        return open;
    }

    private boolean resume(List<DeadLetter> open, boolean skipFirst, String reason) {
        Instant now = clock.instant();
        for (int i = 0; i < open.size(); i++) {
            DeadLetter letter = open.get(i);
            if (i == 0 && skipFirst) {
                deadLetters.close(letter.id(), DeadLetterStatus.SKIPPED, reason, now);
                continue;
            }
            RecordedEvent event = eventAt(letter.position());
            Throwable failure = invoke(new Unit(event.streamId(), List.of(event), event.position() - 1, event.position()),
                    letter.attempts() + 1);
            if (failure != null) {
                failures.incrementAndGet();
                deadLetters.failedAgain(letter.id(), failure, clock.instant());
                return false;
            }
            deadLetters.close(letter.id(), DeadLetterStatus.RESOLVED, "processed on retry", clock.instant());
        }
        deadStreams.remove(open.getFirst().streamId());
        return true;
    }

    private RecordedEvent eventAt(long position) {
        List<RecordedEvent> found = log.readAfter(position - 1, 1);
        if (found.isEmpty() || found.getFirst().position() != position) {
            throw new IllegalStateException("the log has no event at position " + position);
        }
        return found.getFirst();
    }

    // --- monitoring, from any thread ---------------------------------------------------------------

    HandlerStatus status(long head) {
        return new HandlerStatus(processor.name(), position.get(), head, failures.get(), retrying,
                deadLetters.count(processor.name(), DeadLetterStatus.DEAD),
                deadLetters.count(processor.name(), DeadLetterStatus.PARKED));
    }

    long position() {
        return position.get();
    }

    String name() {
        return processor.name();
    }

    void stop() {
        running = false;
        wake();
        if (thread.isAlive()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (thread.getState() == Thread.State.NEW) {
            saveCheckpoint(true); // caught up on start but never started: keep what it reached
        }
        if (thread.isAlive()) {
            LOG.warn("{} did not stop within 10 s; it continues from its checkpoint on next start", processor.name());
        }
        calls.shutdownNow();
    }
}
