package com.salondesk.persistence.projection;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps projections up to date with the log, on a thread of its own so a command never waits for a read
 * model. Events that arrive while it is busy are applied together, each projection's rows and checkpoint
 * in one transaction. On start (and whenever it is told of events it has not seen in order) it catches up
 * from the checkpoint, so a crash between commit and dispatch loses nothing.
 */
public final class ProjectionRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRunner.class);
    static final int BATCH = 1_000;
    /**
     * Events per transaction when rebuilding beside the live model: nobody reads the new generation
     * while it fills, so larger transactions cost nothing and let a projection fold more events per row.
     */
    static final int REBUILD_BATCH = 5_000;
    /** A short log is rebuilt in at least this many steps, so the progress bar moves. */
    static final int REBUILD_STEPS = 50;
    /**
     * A projection that only passes over events it does not handle stores its checkpoint at most this
     * far behind, so a restart never re-reads much history.
     */
    static final long MAX_UNSAVED = 1_000;

    private final DSLContext dsl;
    private final DeskEventLog log;
    private final ProjectionRebuild rebuild;
    private final EventBus bus;
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    /** Last position applied per projection; written only by the worker (or by start before it runs). */
    private final Map<String, Long> applied = new LinkedHashMap<>();
    /** Last position stored as the checkpoint per projection. */
    private final Map<String, Long> saved = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<List<RecordedEvent>> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    /**
     * How long new events may wait so that more of them share one transaction. Below what a person
     * notices on screen; under load it turns many small commits into a few larger ones.
     */
    static final long GATHER_MICROS = 5_000;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "projections");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    /**
     * Projections whose last attempt failed, with the number of attempts so far; touched only on the worker.
     * A projection cannot give up on an event as a handler can (the read model would be silently wrong),
     * so it retries from its checkpoint with capped backoff until the cause is fixed.
     */
    private final Map<String, Integer> failing = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> retries = new ConcurrentHashMap<>();
    private volatile boolean closing;
    private final RetryPolicy retryPolicy;
    private final RandomGenerator random = new SplittableRandom();
    private final Object progress = new Object();
    /** The position every projection has reached; guarded by {@link #progress}. */
    private long reached;

    /** Retries of a failing projection: from 200 ms, doubling, at most 30 s apart, for as long as it fails. */
    static final RetryPolicy RETRY =
            new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(200), Duration.ofSeconds(30));

    public ProjectionRunner(DeskDatabase database, DeskEventLog log, EventBus bus, List<Projection> projections) {
        this(database, log, bus, projections, RETRY);
    }

    ProjectionRunner(DeskDatabase database, DeskEventLog log, EventBus bus, List<Projection> projections,
                     RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        this.dsl = database.dsl();
        this.log = log;
        this.bus = bus;
        this.rebuild = new ProjectionRebuild(database, log);
        for (Projection p : projections) {
            if (this.projections.put(p.name(), p) != null) {
                throw new IllegalArgumentException("two projections are named " + p.name());
            }
        }
    }

    /** Catches every projection up with the log (on the caller's thread) and starts following new events. */
    public void start() {
        for (Projection p : projections.values()) {
            long checkpoint = Checkpoints.read(dsl, p.name());
            applied.put(p.name(), checkpoint);
            saved.put(p.name(), checkpoint);
        }
        projections.values().forEach(this::catchUp);
        publishProgress();
        bus.register(this);
    }

    @Subscribe
    public void onRecorded(EventsRecorded recorded) {
        inbox.add(recorded.events());
        if (drainScheduled.compareAndSet(false, true)) {
            worker.schedule(this::drain, GATHER_MICROS, TimeUnit.MICROSECONDS);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        List<RecordedEvent> events = new ArrayList<>();
        for (List<RecordedEvent> batch; (batch = inbox.poll()) != null; ) {
            events.addAll(batch);
        }
        if (events.isEmpty()) {
            return;
        }
        for (Projection p : projections.values()) {
            if (failing.containsKey(p.name())) {
                continue; // its scheduled retry catches up from the checkpoint, these events included
            }
            try {
                follow(p, events);
            } catch (RuntimeException e) {
                failed(p, e);
            }
        }
        publishProgress();
    }

    /** Counts the failure and schedules a retry from the checkpoint, with backoff. */
    private void failed(Projection p, RuntimeException e) {
        failures.computeIfAbsent(p.name(), n -> new AtomicLong()).incrementAndGet();
        int attempts = failing.merge(p.name(), 1, Integer::sum);
        Duration delay = retryPolicy.delayBefore(attempts + 1, random);
        if (attempts == 1) {
            LOG.error("projection {} failed at position {}; it retries from its checkpoint until it succeeds",
                    p.name(), applied.get(p.name()) + 1, e);
        } else {
            LOG.warn("projection {} failed again at position {} (attempt {}): {}; next attempt in {} ms", p.name(),
                    applied.get(p.name()) + 1, attempts, e.toString(), delay.toMillis());
        }
        if (!closing) {
            retries.put(p.name(), worker.schedule(() -> retry(p), delay.toNanos(), TimeUnit.NANOSECONDS));
        }
    }

    private void retry(Projection p) {
        if (!failing.containsKey(p.name())) {
            return; // a rebuild mended it meanwhile
        }
        try {
            catchUp(p);
        } catch (RuntimeException e) {
            failed(p, e);
            return;
        }
        LOG.info("projection {} recovered after {} failed attempts", p.name(), failing.remove(p.name()));
        publishProgress();
    }

    /** Applies events that come next in line; anything out of line is read again from the log. */
    private void follow(Projection p, List<RecordedEvent> events) {
        long at = applied.get(p.name());
        boolean contiguous = true;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).position() != at + 1 + i) {
                contiguous = false;
                break;
            }
        }
        if (contiguous) {
            for (int from = 0; from < events.size(); from += BATCH) {
                applyBatch(p, events.subList(from, Math.min(events.size(), from + BATCH)));
            }
        } else if (events.getLast().position() > at) {
            catchUp(p);
        }
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
        List<RecordedEvent> relevant = batch.stream().filter(p::handles).toList();
        if (relevant.isEmpty() && last - saved.get(p.name()) < MAX_UNSAVED) {
            applied.put(p.name(), last);
            return;
        }
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            p.applyAll(ctx, relevant);
            Checkpoints.write(ctx, p.name(), last);
        });
        applied.put(p.name(), last);
        saved.put(p.name(), last);
    }

    private void publishProgress() {
        long lowest = applied.values().stream().mapToLong(Long::longValue).min().orElse(0);
        synchronized (progress) {
            reached = Math.max(reached, lowest);
            progress.notifyAll();
        }
        bus.post(new ProjectionsUpdated(lowest));
    }

    /** The position every projection has reached. */
    public long position() {
        synchronized (progress) {
            return reached;
        }
    }

    /** Where one projection stands in the log. */
    public long position(String projection) {
        return onWorker(() -> {
            Long at = applied.get(projection);
            if (at == null) {
                throw new IllegalArgumentException("no projection named " + projection);
            }
            return at;
        });
    }

    /**
     * Waits until every projection has applied the log up to {@code position}: read-your-writes for a
     * screen that just ran a command. Returns false when the time ran out first.
     */
    public boolean awaitPosition(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (reached < position) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** Rebuilds one projection from the start of the log beside the live one, then swaps it in. */
    public void rebuild(String projection) {
        Projection p = projections.get(projection);
        if (p == null) {
            throw new IllegalArgumentException("There is no read model named '" + projection + "'; there are "
                    + String.join(", ", projections.keySet()) + ".");
        }
        long head = log.headPosition();
        // Runs on the worker, so live updates pause (and queue) while the copy is built and swapped.
        onWorker(() -> {
            int batch = (int) Math.max(200, Math.min(REBUILD_BATCH, head / REBUILD_STEPS));
            long rebuiltTo = rebuild.run(p, batch, position -> bus.post(new ReplayProgress(p.name(), position, head, false)));
            applied.put(p.name(), rebuiltTo);
            saved.put(p.name(), rebuiltTo);
            catchUp(p);
            failing.remove(p.name());
            return null;
        });
        bus.post(new ReplayProgress(p.name(), head, head, true));
        publishProgress();
    }

    /** Each projection's position, lag behind the log and failures, for the diagnostics screen. */
    public List<com.salondesk.persistence.runtime.HandlerStatus> status() {
        long head = log.headPosition();
        // Positions and retries are the worker's: read both there, in one hop.
        return onWorker(() -> {
            List<com.salondesk.persistence.runtime.HandlerStatus> result = new ArrayList<>();
            applied.forEach((name, at) -> result.add(new com.salondesk.persistence.runtime.HandlerStatus(name, at, head,
                    failures.getOrDefault(name, new AtomicLong()).get(), failing.containsKey(name) ? 1 : 0, 0, 0)));
            return result;
        });
    }

    /** The names of the projections this runner keeps. */
    public Set<String> names() {
        return projections.keySet();
    }

    private <T> T onWorker(Callable<T> task) {
        try {
            return worker.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the projections", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops following the log after the work already queued, and stores checkpoints held back in memory. */
    @Override
    public void close() {
        bus.unregister(this);
        closing = true;
        retries.values().forEach(r -> r.cancel(false)); // a failing projection retries on the next start
        try {
            onWorker(() -> {
                for (String name : projections.keySet()) {
                    long at = applied.getOrDefault(name, 0L);
                    if (at > saved.getOrDefault(name, 0L)) {
                        dsl.transaction(tx -> Checkpoints.write(tx.dsl(), name, at));
                        saved.put(name, at);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not store the read models' checkpoints on closing; they catch up on next start", e);
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("projections did not finish within 10 s; they catch up from their checkpoints on next start");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
