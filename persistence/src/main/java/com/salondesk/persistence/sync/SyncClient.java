package com.salondesk.persistence.sync;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.PulledEvents;
import com.salondesk.persistence.desk.Rebaser;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.SupersededStream;
import com.salondesk.persistence.desk.SyncProgress;
import com.salondesk.persistence.desk.SyncStatus;
import com.salondesk.persistence.runtime.RetryPolicy;
import com.salondesk.persistence.sync.SyncState.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A desk's sync with its chain's server. A round pushes the desk's pending events in local order, in
 * batches within the server's limits, and pulls the tenant's events after the desk's cursor up to the head.
 * A push answered {@code conflict} makes the round pull at once: the pulled events move the displaced
 * pending events aside, and the {@link Rebaser} decides them again before pushing goes on.
 *
 * <p>{@link #start()} runs rounds on one background thread of its own: when the live channel announces a
 * head beyond the cursor, shortly after events are recorded here, and, while the server cannot be reached,
 * after exponential pauses with full jitter (0.5 s doubling up to 30 s). A refused token or a revoked desk
 * stops it for good; the desk keeps its data. One log line per change of {@link SyncState.Connection}.
 */
public final class SyncClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncClient.class);

    /** The protocol's default batch bounds; a 413 halves the events per batch. */
    public static final int MAX_BATCH_EVENTS = 500;
    public static final int MAX_BATCH_BYTES = 1024 * 1024;
    /** Events asked for per pull (the most the server hands out). */
    static final int PULL_LIMIT = SyncApi.MAX_PULL_LIMIT;
    /**
     * How long after a local append the round starts, so that commands recorded in quick succession go in one
     * push. Short: it is part of how soon other desks see a booking (10 ms gave a propagation p50 of 33 ms, 2 ms
     * gives 26 ms), and commands arriving while a round runs wait for the next one anyway.
     */
    static final Duration DEBOUNCE = Duration.ofMillis(2);
    /** Pauses between attempts while the server cannot be reached. */
    public static final RetryPolicy BACKOFF =
            new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(500), Duration.ofSeconds(30));
    /** How often to look for news while the live channel is down but the server answers. */
    static final Duration POLL_WITHOUT_LIVE = Duration.ofSeconds(15);
    /** Push passes in a row in which conflicts resolved nothing before the round gives up. */
    private static final int STUCK_PASSES = 3;

    private final DeskEventLog log;
    private final EventBus bus;
    private final SyncServerApi api;
    private final Rebaser rebaser;
    private final Consumer<List<SupersededStream>> displaced;
    private final Clock clock;
    private final RetryPolicy backoff;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final List<Consumer<SyncState>> listeners = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean listening = new java.util.concurrent.atomic.AtomicBoolean();
    private final Object busListener = new Object() {
        @Subscribe
        public void on(EventsRecorded recorded) {
            onRecorded(recorded);
        }
    };

    /** Held while a round or a catch-up runs: one at a time, whoever asks. */
    private final ReentrantLock roundLock = new ReentrantLock();
    /** Events per push; halved by a 413. Guarded by the round lock. */
    private int batchEvents = MAX_BATCH_EVENTS;
    /** Whether superseded events left from an earlier run were handed to the rebaser. Guarded by the round lock. */
    private boolean unsettledOffered;

    /** Told the local position of each stored page's last event; may wait for the read models to follow. */
    private volatile LongConsumer pace = position -> { };

    private volatile Connection connection = Connection.NOT_CONNECTED;
    private volatile String problem;
    private volatile long serverHead;

    // The background thread's schedule; guarded by this.
    private ScheduledThreadPoolExecutor thread;
    private ScheduledFuture<?> scheduled;
    private boolean running;
    private boolean again;
    private int failures;
    private boolean stopped;
    private SyncServerApi.LiveChannel live;

    public SyncClient(DeskEventLog log, EventBus bus, SyncServerApi api, Rebaser rebaser,
                      Consumer<List<SupersededStream>> displaced, Clock clock) {
        this(log, bus, api, rebaser, displaced, clock, BACKOFF);
    }

    /**
     * @param displaced told of superseded streams before they are rebased (the desk rebuilds the read models
     *                  that had taken their events)
     * @param backoff   the pauses while the server cannot be reached
     */
    public SyncClient(DeskEventLog log, EventBus bus, SyncServerApi api, Rebaser rebaser,
                      Consumer<List<SupersededStream>> displaced, Clock clock, RetryPolicy backoff) {
        this.log = Objects.requireNonNull(log, "log");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.api = Objects.requireNonNull(api, "api");
        this.rebaser = Objects.requireNonNull(rebaser, "rebaser");
        this.displaced = Objects.requireNonNull(displaced, "displaced");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.serverHead = log.syncProgress().serverHead();
    }

    /**
     * Paces pulling: {@code afterPage} gets the local position of each stored page's last event and may wait
     * (for the read models to come close) before the next page is stored. A catch-up of a million events then
     * keeps at most a few pages' worth of events queued for the read models instead of all of them.
     */
    public void paceWith(LongConsumer afterPage) {
        this.pace = Objects.requireNonNull(afterPage, "afterPage");
    }

    /** The server this client syncs with. */
    public SyncServerApi api() {
        return api;
    }

    /** Syncs in the background from now on: a first round at once, then as news comes. */
    public synchronized void start() {
        if (thread != null || stopped) {
            throw new IllegalStateException(stopped ? "this sync client is closed" : "sync has started already");
        }
        thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "desk-sync");
            t.setDaemon(true);
            return t;
        });
        thread.setRemoveOnCancelPolicy(true);
        listening.set(true);
        bus.register(busListener);
        changeConnection(Connection.CONNECTING, null);
        schedule(Duration.ZERO);
    }

    /** Listens to every change of {@link #state()}; called on the client's own thread. */
    public void onChange(Consumer<SyncState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Where the desk stands with the server now. Counts pending and refused events in the log, so call it off
     * the JavaFX thread, or keep what {@link #onChange} listeners were given.
     */
    public SyncState state() {
        SyncProgress progress = log.syncProgress();
        return new SyncState(connection, log.pendingCount(), progress.lastSuccess(),
                Math.max(serverHead, progress.serverHead()), progress.pulledThrough(), log.rejectedCount(), problem);
    }

    // ------------------------------------------------------------------------------------------------
    // One round

    /**
     * Runs one round now, on the caller's thread (waiting for a round in progress first): push everything
     * pending, pull up to the head.
     *
     * @throws ServerUnreachable when the server cannot be reached or fails
     * @throws TokenRefused      when it does not accept the token (401)
     * @throws DeviceRevoked     when headquarters revoked this desk (403)
     */
    public SyncRound runRound() {
        roundLock.lock();
        try {
            SyncRound round = round();
            log.recordSync(serverHead, clock.instant());
            changeConnection(Connection.ONLINE, null);
            return round;
        } catch (SyncFailure failure) {
            failed(failure);
            throw failure;
        } finally {
            roundLock.unlock();
        }
    }

    private SyncRound round() {
        if (!unsettledOffered) {
            settle(log.unsettledSuperseded());
            unsettledOffered = true;
        }
        int pushed = 0;
        int pulled = 0;
        int conflicts = 0;
        // Pulled events can displace events recorded here since the push; then push (their rebase) again.
        for (int pass = 0; pass < STUCK_PASSES; pass++) {
            Pushed p = pushAll();
            pushed += p.taken();
            pulled += p.pulled();
            conflicts += p.conflicts();
            Pulled q = pullToHead(null);
            pulled += q.stored();
            settle(q.superseded());
            if (q.superseded().isEmpty()) {
                break;
            }
        }
        return new SyncRound(pushed, pulled, log.pendingCount(), conflicts);
    }

    /** What pushing did: events the server took, conflicts answered, events pulled to resolve them. */
    private record Pushed(int taken, int conflicts, int pulled) {
    }

    /** What pulling did: events of others stored, and the streams they displaced. */
    private record Pulled(int stored, List<SupersededStream> superseded) {
    }

    private Pushed pushAll() {
        int taken = 0;
        int conflicts = 0;
        int pulled = 0;
        int stuck = 0;
        while (true) {
            List<RecordedEvent> pending = log.pendingEvents(batchEvents);
            if (pending.isEmpty()) {
                return new Pushed(taken, conflicts, pulled);
            }
            List<RecordedEvent> batch = new ArrayList<>();
            List<byte[]> encoded = new ArrayList<>();
            long bytes = SyncServerApi.BATCH_OVERHEAD;
            for (RecordedEvent e : pending) {
                byte[] json = api.encode(e.envelope());
                if (!batch.isEmpty() && bytes + json.length + 1 > MAX_BATCH_BYTES) {
                    break;
                }
                batch.add(e);
                encoded.add(json);
                bytes += json.length + 1;
            }
            Batch result = push(batch, encoded);
            taken += result.taken();
            if (result.conflicts() == 0) {
                stuck = 0;
                continue;
            }
            conflicts += result.conflicts();
            // The server's events of those streams displace the pending ones here; a rebase decides them again.
            Pulled p = pullToHead(null);
            pulled += p.stored();
            settle(p.superseded());
            if (p.superseded().isEmpty() && result.taken() == 0 && ++stuck >= STUCK_PASSES) {
                throw new IllegalStateException("the server answers 'conflict' for streams "
                        + result.conflictStreams() + " but sends no event that displaces this desk's");
            }
        }
    }

    /** One push's outcome. */
    private record Batch(int taken, int conflicts, Set<String> conflictStreams) {
        static final Batch NOTHING = new Batch(0, 0, Set.of());
    }

    private Batch push(List<RecordedEvent> batch, List<byte[]> encoded) {
        PushResponse response;
        try {
            response = api.push(encoded);
        } catch (BatchRefused refused) {
            return refused(batch, encoded, refused);
        }
        serverHead = Math.max(serverHead, response.head());
        Map<UUID, Long> taken = new LinkedHashMap<>();
        Set<String> conflictStreams = new LinkedHashSet<>();
        int conflicts = 0;
        for (PushResult r : response.results()) {
            switch (r.status()) {
                case ACCEPTED, DUPLICATE -> taken.put(r.id(), r.globalPosition());
                case CONFLICT -> {
                    conflicts++;
                    conflictStreams.add(r.streamId());
                }
            }
        }
        log.markSynced(taken);
        return new Batch(taken.size(), conflicts, conflictStreams);
    }

    /**
     * A batch refused whole: too large halves the batches from now on; events the problem names are refused
     * here (with the events after them in their streams); a refusal naming none is narrowed down by pushing
     * the first half on its own (the next pass takes the rest).
     */
    private Batch refused(List<RecordedEvent> batch, List<byte[]> encoded, BatchRefused refused) {
        if (refused.tooLarge()) {
            if (batch.size() == 1) {
                reject(Map.of(batch.getFirst().id(), "larger than the sync server accepts: "
                        + BatchRefused.describe(refused.problem())), batch);
                return Batch.NOTHING;
            }
            batchEvents = Math.max(1, batch.size() / 2);
            LOG.info("the sync server found a batch of {} events too large; pushing {} at a time", batch.size(),
                    batchEvents);
            return Batch.NOTHING;
        }
        Map<UUID, String> reasons = new LinkedHashMap<>();
        for (RecordedEvent e : batch) {
            if (refused.eventIds().contains(e.id())) {
                reasons.put(e.id(), refused.reasonFor(e.id()));
            }
        }
        if (!reasons.isEmpty()) {
            reject(reasons, batch);
            return Batch.NOTHING;
        }
        if (batch.size() == 1) {
            reject(Map.of(batch.getFirst().id(), BatchRefused.describe(refused.problem())), batch);
            return Batch.NOTHING;
        }
        int half = batch.size() / 2;
        return push(batch.subList(0, half), encoded.subList(0, half));
    }

    private void reject(Map<UUID, String> reasons, List<RecordedEvent> batch) {
        LOG.warn("the sync server refused {} event(s) of this desk; they stay here, marked, for the diagnostics"
                + " screen: {}", reasons.size(), reasons);
        log.markRejected(reasons);
        Set<String> streams = new LinkedHashSet<>();
        for (RecordedEvent e : batch) {
            if (reasons.containsKey(e.id())) {
                streams.add(e.streamId());
            }
        }
        log.rejectPendingOf(streams, "follows a refused event");
    }

    private Pulled pullToHead(Consumer<Long> afterBatch) {
        int stored = 0;
        List<SupersededStream> superseded = new ArrayList<>();
        CompletableFuture<PullResponse> next = api.pullAsync(log.pulledThrough(), PULL_LIMIT);
        while (true) {
            PullResponse response = join(next);
            serverHead = Math.max(serverHead, response.head());
            if (response.events().isEmpty()) {
                break;
            }
            long last = response.events().getLast().globalPosition();
            boolean more = last < response.head();
            if (more) {
                next = api.pullAsync(last, PULL_LIMIT); // fetched while this batch is stored
            }
            PulledEvents result = log.storePulled(response.events());
            stored += result.stored().size();
            superseded.addAll(result.superseded());
            if (!result.stored().isEmpty()) {
                pace.accept(result.stored().getLast().position());
            }
            if (afterBatch != null) {
                afterBatch.accept(last);
            }
            if (!more) {
                break;
            }
        }
        return new Pulled(stored, superseded);
    }

    private static PullResponse join(CompletableFuture<PullResponse> pull) {
        try {
            return pull.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Rebuilds what took the displaced events, then has each stream decided again. */
    private void settle(List<SupersededStream> streams) {
        if (streams.isEmpty()) {
            return;
        }
        LOG.info("the server's events displaced pending events of {} stream(s) here; rebasing them",
                streams.size());
        displaced.accept(streams);
        for (SupersededStream s : streams) {
            try {
                rebaser.rebase(s);
            } catch (RuntimeException e) {
                LOG.error("could not rebase stream {}; it is offered again on the next start", s.streamId(), e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Catch-up

    /**
     * Pulls everything up to the server's head, reporting progress after each batch (on this thread): what a
     * desk joining a tenant with history does before it opens the book.
     */
    public CatchUp catchUp(Consumer<CatchUpProgress> progress) {
        roundLock.lock();
        try {
            long start = log.pulledThrough();
            long began = System.nanoTime();
            PullResponse first = api.pull(start, 1);
            serverHead = Math.max(serverHead, first.head());
            long target = serverHead;
            progress.accept(new CatchUpProgress(0, target - start, 0, Duration.ZERO));
            Pulled pulled = pullToHead(last -> {
                double seconds = Math.max(1e-9, (System.nanoTime() - began) / 1e9);
                long received = last - start;
                long total = Math.max(received, serverHead - start);
                double rate = received / seconds;
                Duration left = rate <= 0 ? Duration.ZERO : Duration.ofMillis((long) ((total - received) / rate * 1000));
                progress.accept(new CatchUpProgress(received, total, rate, left));
            });
            settle(pulled.superseded());
            log.recordSync(serverHead, clock.instant());
            changeConnection(connection == Connection.NOT_CONNECTED ? Connection.NOT_CONNECTED : Connection.ONLINE,
                    null);
            return new CatchUp(pulled.stored(), log.pulledThrough(), Duration.ofNanos(System.nanoTime() - began));
        } catch (SyncFailure failure) {
            failed(failure);
            throw failure;
        } finally {
            roundLock.unlock();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The background thread

    private void onRecorded(EventsRecorded recorded) {
        boolean local = false;
        for (RecordedEvent e : recorded.events()) {
            if (e.syncStatus() == SyncStatus.PENDING) {
                local = true;
                break;
            }
        }
        if (!local) {
            return;
        }
        // While the server is away the backoff decides when to try; a busy desk must not hammer it.
        if (connection == Connection.OFFLINE) {
            notifyLater();
        } else {
            schedule(DEBOUNCE);
        }
    }

    private void onHead(HeadAnnouncement head) {
        serverHead = Math.max(serverHead, head.position());
        if (head.position() > log.pulledThrough()) {
            schedule(Duration.ZERO);
        }
    }

    private void onLiveClosed(String why) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            live = null;
        }
        LOG.info("sync: {}; reconnecting", why);
        schedule(DEBOUNCE);
    }

    /** Asks for a round after {@code delay}; one waiting is enough, the sooner one wins. */
    private synchronized void schedule(Duration delay) {
        if (stopped || thread == null) {
            return;
        }
        if (running) {
            again = true;
            return;
        }
        if (scheduled != null && !scheduled.isDone()) {
            if (scheduled.getDelay(TimeUnit.NANOSECONDS) <= delay.toNanos()) {
                return;
            }
            scheduled.cancel(false);
        }
        scheduled = thread.schedule(this::backgroundRound, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private synchronized void notifyLater() {
        if (!stopped && thread != null) {
            thread.execute(this::notifyListeners);
        }
    }

    private void backgroundRound() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            running = true;
            again = false;
        }
        Duration next = null;
        try {
            runRound();
            synchronized (this) {
                failures = 0;
            }
            if (!openLive()) {
                next = POLL_WITHOUT_LIVE;
            }
        } catch (TokenRefused | DeviceRevoked refused) {
            stopSyncing();
        } catch (SyncFailure unreachable) {
            synchronized (this) {
                failures++;
                next = backoff.delayBefore(failures + 1, random);
            }
            closeLive();
        } catch (RuntimeException e) {
            // A fault on this desk (a full disk, a bug): say it once per change, retry as if the server were away.
            String what = "sync failed on this desk: " + e.getMessage();
            if (!what.equals(problem)) {
                LOG.error("sync: round failed; trying again with growing pauses", e);
            }
            problem = what;
            synchronized (this) {
                failures++;
                next = backoff.delayBefore(failures + 1, random);
            }
            notifyListeners();
        } finally {
            synchronized (this) {
                running = false;
                if (!stopped) {
                    if (again && next == null) {
                        next = Duration.ZERO;
                    }
                    if (next != null) {
                        scheduled = thread.schedule(this::backgroundRound, next.toNanos(), TimeUnit.NANOSECONDS);
                    }
                }
            }
        }
    }

    /** Opens the live channel unless it is open; whether it is. */
    private boolean openLive() {
        synchronized (this) {
            if (stopped) {
                return true;
            }
            if (live != null && live.isOpen()) {
                return true;
            }
        }
        SyncServerApi.LiveChannel opened;
        try {
            opened = api.openLive(this::onHead, this::onLiveClosed);
        } catch (TokenRefused | DeviceRevoked refused) {
            failed(refused);
            stopSyncing();
            return true;
        } catch (SyncFailure e) {
            LOG.debug("sync: no live channel ({}); looking for news every {} s", e.getMessage(),
                    POLL_WITHOUT_LIVE.toSeconds());
            return false;
        }
        synchronized (this) {
            if (stopped) {
                opened.close();
            } else {
                live = opened;
            }
        }
        return true;
    }

    private void closeLive() {
        SyncServerApi.LiveChannel channel;
        synchronized (this) {
            channel = live;
            live = null;
        }
        if (channel != null) {
            channel.close();
        }
    }

    private void stopListening() {
        if (listening.compareAndSet(true, false)) {
            bus.unregister(busListener);
        }
    }

    /** After a refused token or a revoked desk: no more rounds until the desk is connected again. */
    private void stopSyncing() {
        synchronized (this) {
            stopped = true;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        stopListening();
        closeLive();
    }

    private void failed(SyncFailure failure) {
        switch (failure) {
            case TokenRefused t -> changeConnection(Connection.TOKEN_REFUSED, "The sync server no longer accepts"
                    + " this desk's token. The desk keeps working and keeps its data; connect it again with a new"
                    + " token from headquarters.");
            case DeviceRevoked r -> changeConnection(Connection.REVOKED, "Headquarters has revoked this desk on the"
                    + " sync server, so it no longer syncs. Its data stays here.");
            default -> changeConnection(Connection.OFFLINE, failure.getMessage());
        }
    }

    private void changeConnection(Connection now, String why) {
        Connection before = connection;
        boolean changed = before != now;
        connection = now;
        problem = why;
        if (changed) {
            switch (now) {
                case ONLINE -> LOG.info("sync: online with {}", api.settings().server());
                case OFFLINE -> LOG.warn("sync: offline ({}); the desk works on and tries again with growing pauses",
                        why);
                case TOKEN_REFUSED, REVOKED -> LOG.warn("sync stopped: {}", why);
                default -> LOG.info("sync: {}", now.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        notifyListeners();
    }

    private void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        SyncState state;
        try {
            state = state();
        } catch (RuntimeException e) {
            return; // the desk is closing
        }
        for (Consumer<SyncState> listener : listeners) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                LOG.warn("a sync state listener failed", e);
            }
        }
    }

    /**
     * Stops syncing: no new round starts, the live channel and the HTTP client close (failing a request in
     * flight), and the background thread ends. Events not pushed yet stay pending for the next start.
     */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor t;
        synchronized (this) {
            stopped = true;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            t = thread;
        }
        stopListening();
        closeLive();
        api.close();
        if (t != null) {
            // Never interrupted: a thread interrupted inside H2's file I/O closes the database under everyone.
            t.shutdown();
            try {
                if (!t.awaitTermination(35, TimeUnit.SECONDS)) {
                    LOG.warn("the sync thread did not stop within 35 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
