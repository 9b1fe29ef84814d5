package com.salondesk.persistence.runtime;

import static com.salondesk.persistence.desk.DeskSchema.Processed;

import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.projection.Checkpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import java.util.TreeSet;
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
 * Runs one handler on a thread of its own. It reads the log after the handler's checkpoint, gives the
 * handler each event it takes, and keeps each stream in order: while an event is being retried, later
 * events of its stream wait; once it is dead-lettered they are parked behind it, and other streams go
 * on. The checkpoint only passes events that are settled (processed, dead-lettered or parked).
 */
final class HandlerWorker {

    private static final Logger LOG = LoggerFactory.getLogger(HandlerWorker.class);
    private static final int BATCH = 500;

    private final EventHandler handler;
    private final DeskEventLog log;
    private final DSLContext dsl;
    private final DeadLetterStore deadLetters;
    private final Clock clock;
    private final RandomGenerator random;
    /** Told whenever the checkpoint moves, so waiters need not poll. */
    private final Runnable onProgress;
    private final Thread thread;
    private final ExecutorService calls;
    private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;

    // Worker-thread state.
    private long readUpTo;
    private long savedCheckpoint;
    private final TreeSet<Long> unsettled = new TreeSet<>();
    private final Map<String, Deque<RecordedEvent>> waiting = new HashMap<>();
    private final PriorityQueue<Retry> retries = new PriorityQueue<>(Comparator.comparing(Retry::due));
    private final Set<String> deadStreams = new HashSet<>();

    // Read by other threads for monitoring.
    private final AtomicLong checkpoint = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile int retrying;

    private record Retry(Instant due, RecordedEvent event, int attempt, Instant firstFailure) {
    }

    HandlerWorker(EventHandler handler, DeskEventLog log, DSLContext dsl, DeadLetterStore deadLetters, Clock clock,
                  RandomGenerator random, Runnable onProgress) {
        this.onProgress = onProgress;
        this.handler = handler;
        this.log = log;
        this.dsl = dsl;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.random = random;
        this.thread = Thread.ofPlatform().daemon().name("handler-" + handler.name()).unstarted(this::run);
        this.calls = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon()
                .name("handler-" + handler.name() + "-call").unstarted(r));
    }

    void start() {
        readUpTo = Checkpoints.read(dsl, handler.name());
        savedCheckpoint = readUpTo;
        checkpoint.set(readUpTo);
        deadStreams.addAll(deadLetters.blockedStreams(handler.name()));
        thread.start();
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Runs {@code task} on the worker thread, between events, and returns its result. */
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
                saveCheckpoint();
                if (!more) {
                    sleepUntilWorkOrRetry();
                }
            } catch (DataAccessException e) {
                // The desk's own database failed (disk full, file closed): back off and try again.
                LOG.error("handler {} could not reach the event log; retrying in 1 s", handler.name(), e);
                pause(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean readNext() {
        List<RecordedEvent> batch = log.readAfter(readUpTo, BATCH);
        for (RecordedEvent event : batch) {
            readUpTo = event.position();
            unsettled.add(event.position());
            take(event);
        }
        return batch.size() == BATCH;
    }

    private void take(RecordedEvent event) {
        String stream = event.streamId();
        if (!handler.eventTypes().contains(event.type())) {
            settle(event);
        } else if (deadStreams.contains(stream)) {
            deadLetters.park(handler.name(), event, clock.instant());
            settle(event);
        } else if (waiting.containsKey(stream)) {
            waiting.get(stream).add(event);
        } else {
            attempt(event, 1, null);
        }
    }

    /** One attempt; on failure schedules the next or dead-letters. Returns whether the event was processed. */
    private boolean attempt(RecordedEvent event, int attempt, Instant firstFailure) {
        Throwable failure = invoke(event, attempt);
        if (failure == null) {
            settle(event);
            return true;
        }
        failures.incrementAndGet();
        Instant now = clock.instant();
        Instant first = firstFailure == null ? now : firstFailure;
        String stream = event.streamId();
        if (attempt >= handler.retryPolicy().maxAttempts()) {
            LOG.warn("handler {} gave up on {} {} after {} attempts: {}", handler.name(), event.type(),
                    event.id(), attempt, DeadLetterStore.describe(failure));
            deadLetters.bury(handler.name(), event, failure, attempt, first, now);
            deadStreams.add(stream);
            settle(event);
            Deque<RecordedEvent> behind = waiting.remove(stream);
            if (behind != null) {
                for (RecordedEvent e : behind) {
                    deadLetters.park(handler.name(), e, now);
                    settle(e);
                }
            }
        } else {
            waiting.computeIfAbsent(stream, s -> new ArrayDeque<>());
            Duration delay = handler.retryPolicy().delayBefore(attempt + 1, random);
            retries.add(new Retry(now.plus(delay), event, attempt + 1, first));
        }
        retrying = retries.size();
        return false;
    }

    private void runDueRetries() {
        Instant now = clock.instant();
        while (!retries.isEmpty() && !retries.peek().due().isAfter(now)) {
            Retry retry = retries.poll();
            if (attempt(retry.event(), retry.attempt(), retry.firstFailure())) {
                release(retry.event().streamId());
            }
        }
        retrying = retries.size();
    }

    /** The stream's head event went through: give the events waiting behind it their turn, in order. */
    private void release(String stream) {
        Deque<RecordedEvent> behind = waiting.remove(stream);
        while (behind != null && !behind.isEmpty()) {
            RecordedEvent next = behind.poll();
            if (!attempt(next, 1, null)) {
                if (deadStreams.contains(stream)) {
                    Instant now = clock.instant();
                    for (RecordedEvent e : behind) {
                        deadLetters.park(handler.name(), e, now);
                        settle(e);
                    }
                } else {
                    waiting.get(stream).addAll(behind);
                }
                return;
            }
        }
    }

    /**
     * Calls the handler in a transaction that also records the event as processed; an event already
     * recorded is not handled again. Returns the failure, or null on success.
     */
    private Throwable invoke(RecordedEvent event, int attempt) {
        Future<?> call = calls.submit(() -> dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            boolean done = ctx.fetchExists(Processed.TABLE, Processed.HANDLER.eq(handler.name())
                    .and(Processed.EVENT_ID.eq(event.id())));
            if (done) {
                return;
            }
            handler.handle(new HandlerContext(ctx, attempt), event);
            ctx.insertInto(Processed.TABLE)
                    .set(Processed.HANDLER, handler.name())
                    .set(Processed.EVENT_ID, event.id())
                    .set(Processed.PROCESSED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
        }));
        try {
            call.get(handler.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            // Not interrupted: an interrupt can close H2's file channel. The call finishes or hangs on its
            // own thread; if it ever commits, the processed-event key keeps a later attempt from doubling it.
            call.cancel(false);
            return new TimeoutException("no answer within " + handler.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof DataAccessException dae && dae.getCause() != null ? dae.getCause() : cause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(false);
            return e;
        }
    }

    private void settle(RecordedEvent event) {
        unsettled.remove(event.position());
    }

    private void saveCheckpoint() {
        long settledUpTo = unsettled.isEmpty() ? readUpTo : unsettled.first() - 1;
        if (settledUpTo != savedCheckpoint) {
            dsl.transaction(tx -> Checkpoints.write(tx.dsl(), handler.name(), settledUpTo));
            savedCheckpoint = settledUpTo;
            checkpoint.set(settledUpTo);
            onProgress.run();
        }
    }

    private void sleepUntilWorkOrRetry() throws InterruptedException {
        synchronized (signal) {
            if (!woken && running && requests.isEmpty()) {
                long waitMillis = retries.isEmpty() ? 1_000
                        : Math.max(1, Duration.between(clock.instant(), retries.peek().due()).toMillis());
                signal.wait(Math.min(waitMillis, 1_000));
            }
            woken = false;
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

    // --- dead letters, on the worker thread -------------------------------------------------------

    /** Tries the dead letter again; on success, processes what was parked behind it, in order. */
    boolean retryDeadLetter(DeadLetter letter) {
        List<DeadLetter> open = deadLetters.openOf(handler.name(), letter.streamId());
        if (open.isEmpty() || open.getFirst().id() != letter.id()) {
            throw new IllegalStateException("only the first open dead letter of stream " + letter.streamId()
                    + " can be retried; the others wait behind it");
        }
        return resume(open, false, null);
    }

    /** Passes over the dead letter (the reason is already recorded as an event) and resumes its stream. */
    void skipDeadLetter(DeadLetter letter, String reason) {
        List<DeadLetter> open = deadLetters.openOf(handler.name(), letter.streamId());
        if (open.isEmpty() || open.getFirst().id() != letter.id()) {
            throw new IllegalStateException("only the first open dead letter of stream " + letter.streamId()
                    + " can be skipped; the others wait behind it");
        }
        resume(open, true, reason);
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
            Throwable failure = invoke(event, letter.attempts() + 1);
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

    HandlerStatus status(long head) {
        return new HandlerStatus(handler.name(), checkpoint.get(), head, failures.get(), retrying,
                deadLetters.count(handler.name(), DeadLetterStatus.DEAD),
                deadLetters.count(handler.name(), DeadLetterStatus.PARKED));
    }

    long position() {
        return checkpoint.get();
    }

    EventHandler handler() {
        return handler;
    }

    void stop() {
        running = false;
        wake();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.shutdownNow();
    }

    List<String> waitingStreams() {
        return new ArrayList<>(waiting.keySet());
    }
}
