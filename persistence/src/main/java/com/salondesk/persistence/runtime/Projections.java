package com.salondesk.persistence.runtime;

import com.google.common.eventbus.EventBus;
import com.salondesk.persistence.desk.DeskEventLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The read models the {@link EventRuntime} keeps: where each stands, read-your-writes, and rebuilding one
 * beside the live one. Each runs on a {@link Worker} of its own; its rows and checkpoint move in one
 * transaction.
 */
public final class Projections {

    /**
     * Events per transaction when rebuilding beside the live model: nobody reads the new generation
     * while it fills, so larger transactions cost nothing and let a projection fold more events per row.
     */
    static final int REBUILD_BATCH = 5_000;
    /** A short log is rebuilt in at least this many steps, so the progress bar moves. */
    static final int REBUILD_STEPS = 50;

    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final DeskEventLog log;
    private final EventBus bus;
    private final ProjectionRebuild rebuild;
    private final Object progress = new Object();
    /** The position every projection has reached; guarded by {@link #progress}. */
    private long reached = -1;

    Projections(DeskEventLog log, EventBus bus, ProjectionRebuild rebuild) {
        this.log = log;
        this.bus = bus;
        this.rebuild = rebuild;
    }

    void add(Projection projection, Worker worker) {
        if (projections.put(projection.name(), projection) != null) {
            throw new IllegalArgumentException("two projections are named " + projection.name());
        }
        workers.put(projection.name(), worker);
    }

    Iterable<Worker> workers() {
        return workers.values();
    }

    /** A worker moved: wake whoever waits, and tell screens when every read model has moved. */
    void progressed() {
        long lowest = workers.values().stream().mapToLong(Worker::position).min().orElse(Long.MAX_VALUE);
        synchronized (progress) {
            if (lowest <= reached) {
                return;
            }
            reached = lowest;
            progress.notifyAll();
        }
        bus.post(new ProjectionsUpdated(lowest));
    }

    /** The position every projection has reached. */
    public long position() {
        synchronized (progress) {
            return Math.max(0, reached);
        }
    }

    /** Where one projection stands in the log. */
    public long position(String projection) {
        return worker(projection).position();
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
        Worker worker = workers.get(projection);
        // Runs on the projection's worker, so its live updates pause (and queue) while the copy is built and swapped.
        EventRuntime.await(worker.request(() -> {
            int batch = (int) Math.max(200, Math.min(REBUILD_BATCH, head / REBUILD_STEPS));
            long rebuiltTo = rebuild.run(p, batch,
                    position -> bus.post(new ReplayProgress(p.name(), position, head, false)));
            worker.rebuilt(rebuiltTo);
            return null;
        }), "the read model " + projection, null); // a rebuild takes as long as the log is long
        bus.post(new ReplayProgress(p.name(), head, head, true));
        progressed();
    }

    /** Each projection's position, lag behind the log and failures, for the diagnostics screen. */
    public List<HandlerStatus> status() {
        long head = log.headPosition();
        List<HandlerStatus> result = new ArrayList<>();
        workers.values().forEach(w -> result.add(w.status(head)));
        return result;
    }

    /** The names of the projections kept. */
    public Set<String> names() {
        return projections.keySet();
    }

    private Worker worker(String name) {
        Worker w = workers.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no projection named " + name);
        }
        return w;
    }
}
