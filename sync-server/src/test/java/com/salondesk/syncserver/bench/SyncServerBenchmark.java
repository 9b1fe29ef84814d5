package com.salondesk.syncserver.bench;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.syncserver.postgres.EmbeddedPostgresServer;
import com.salondesk.syncserver.store.CentralDatabase;
import com.salondesk.syncserver.store.CentralStore;
import com.salondesk.syncserver.store.EventPartitions;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.LiveChannel;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sync server benchmark (not a test): push throughput next to raw batched JDBC inserts of the same rows,
 * push latency, push-to-announcement latency with 200 live desks, server heap, and the saving of compressing
 * an old partition. The server runs in its own JVM with -Xmx512m, as it would in production; PostgreSQL is
 * embedded. Run with {@code bash sync-server/bench.sh}; see docs/benchmarks.md.
 */
public final class SyncServerBenchmark {

    private static final int[] DESKS = {1, 8, 32};
    private static final int[] BATCHES = {1, 100};
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 8));
    private static final int LIVE_DESKS = 200;
    private static final int LIVE_PUSHES = Integer.getInteger("bench.live.pushes", 200);

    private SyncServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("salondesk-bench");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(folder.resolve("pgdata"), 0)) {
            postgres.createDatabaseIfMissing("bench");
            CentralDatabase.ConnectionSettings settings = postgres.connectionSettings("bench", 4);
            try (CentralStore store = CentralStore.open(settings, Clock.systemUTC(), 2)) {
                store.directory().createTenant("acme", "Acme Salons");
                store.directory().createTenant("raw", "Raw JDBC baseline");
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < LIVE_DESKS; i++) {
                    tokens.add(store.directory().enrolDevice("acme", "soho", "desk-" + i, "Desk " + i).token());
                }
                ServerProcess started = startServer(settings);
                Process server = started.process();
                try {
                    int port = awaitHealthy(started);
                    System.out.printf(Locale.ROOT, "%nSalonDesk sync server benchmark, %s, %d cores, JDK %s, load average %s%n",
                            Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
                    System.out.printf(Locale.ROOT, "%-34s %12s %12s %9s %10s %10s%n", "scenario", "push ev/s",
                            "raw JDBC ev/s", "ratio", "p50 ms", "p99 ms");
                    AtomicLong rawPositions = new AtomicLong();
                    for (int batch : BATCHES) {
                        for (int desks : DESKS) {
                            Result push = pushThroughput(port, tokens.subList(0, desks), batch);
                            double raw = rawInserts(settings, desks, batch, rawPositions);
                            System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f %9.2f %10.1f %10.1f%n",
                                    desks + " desks, batches of " + batch, push.eventsPerSecond(), raw,
                                    push.eventsPerSecond() / raw, push.p50Millis(), push.p99Millis());
                        }
                    }
                    System.out.printf(Locale.ROOT, "load average after the throughput runs: %s%n", loadAverage());
                    liveLatency(port, tokens);
                    heap(server, port, tokens.getFirst());
                } finally {
                    server.destroy();
                    server.waitFor();
                }
                compression(store);
            }
        }
    }

    record Result(double eventsPerSecond, double p50Millis, double p99Millis) {
    }

    private static Result pushThroughput(int port, List<String> tokens, int batch) throws Exception {
        // One HTTP client per desk, as each desk is its own machine (a shared client funnels all desks
        // through one selector thread).
        List<HttpClient> clients = new ArrayList<>();
        for (int d = 0; d < tokens.size(); d++) {
            clients.add(HttpClient.newHttpClient());
        }
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong events = new AtomicLong();
        // Warm-up, then the measured run.
        for (Duration phase : List.of(Duration.ofSeconds(2), RUN)) {
            latencies.clear();
            events.set(0);
            long end = System.nanoTime() + phase.toNanos();
            CountDownLatch done = new CountDownLatch(tokens.size());
            long start = System.nanoTime();
            for (int d = 0; d < tokens.size(); d++) {
                DeskClient desk = new DeskClient(clients.get(d), port, tokens.get(d));
                String deviceId = "desk-" + d;
                pool.submit(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            List<ObjectNode> events1 = new ArrayList<>(batch);
                            // A desk's batch: bookings of several streams, each with a few versions.
                            String stream = null;
                            long version = 0;
                            for (int i = 0; i < batch; i++) {
                                if (i % 5 == 0) {
                                    stream = "booking-" + UuidV7.next();
                                    version = 0;
                                }
                                events1.add(bookingConfirmed("acme", deviceId, stream, ++version));
                            }
                            long t = System.nanoTime();
                            DeskClient.Answer a = desk.push(events1);
                            latencies.add(System.nanoTime() - t);
                            if (a.status() != 200) {
                                throw new IllegalStateException("push failed: " + a.text());
                            }
                            events.addAndGet(batch);
                        }
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
            if (phase == RUN) {
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                return new Result(events.get() / seconds, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The same rows, inserted with batched JDBC by the same number of threads, one commit per batch. */
    private static double rawInserts(CentralDatabase.ConnectionSettings settings, int threads, int batch,
                                     AtomicLong positions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong events = new AtomicLong();
        for (Duration phase : List.of(Duration.ofSeconds(1), RUN)) {
            events.set(0);
            long end = System.nanoTime() + phase.toNanos();
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
                        c.setAutoCommit(false);
                        PreparedStatement insert = c.prepareStatement("INSERT INTO events (tenant_id, global_position,"
                                + " received_at, event_id, stream_id, version, event_type, schema_version, recorded_at,"
                                + " payload, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)");
                        while (System.nanoTime() < end) {
                            String stream = null;
                            long version = 0;
                            for (int i = 0; i < batch; i++) {
                                if (i % 5 == 0) {
                                    stream = "booking-" + UuidV7.next();
                                    version = 0;
                                }
                                ObjectNode e = bookingConfirmed("raw", "desk-raw", stream, ++version);
                                insert.setString(1, "raw");
                                insert.setLong(2, positions.incrementAndGet());
                                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                                insert.setObject(4, java.util.UUID.fromString(e.get("id").asText()));
                                insert.setString(5, stream);
                                insert.setLong(6, version);
                                insert.setString(7, e.get("type").asText());
                                insert.setInt(8, 1);
                                insert.setTimestamp(9, Timestamp.from(Instant.parse(e.get("timestamp").asText())));
                                insert.setObject(10, e.get("payload").toString(), Types.OTHER);
                                insert.setObject(11, e.get("metadata").toString(), Types.OTHER);
                                insert.addBatch();
                            }
                            insert.executeBatch();
                            c.commit();
                            events.addAndGet(batch);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            if (phase == RUN) {
                pool.shutdown();
                return events.get() / ((System.nanoTime() - start) / 1e9);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static void liveLatency(int port, List<String> tokens) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // 200 desks over 8 HTTP clients (8 selector threads) rather than one selector for all of them.
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(HttpClient.newHttpClient());
        }
        List<LiveChannel> channels = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            LiveChannel c = new DeskClient(clients.get(i % clients.size()), port, token).live();
            c.nextHead(Duration.ofSeconds(10));
            channels.add(c);
        }
        DeskClient pusher = new DeskClient(http, port, tokens.getFirst());
        ExecutorService waiters = Executors.newFixedThreadPool(32);
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < LIVE_PUSHES; i++) {
            long sent = System.nanoTime();
            JsonNode answer = pusher.push(List.of(bookingConfirmed("acme", "desk-0", "booking-" + UuidV7.next(), 1))).body();
            long head = answer.get("head").asLong();
            List<Future<?>> waits = new ArrayList<>();
            for (LiveChannel c : channels) {
                waits.add(waiters.submit(() -> {
                    Duration took = c.awaitHead(head, Duration.ofSeconds(10));
                    if (took == null) {
                        throw new IllegalStateException("head " + head + " never announced");
                    }
                    samples.add(System.nanoTime() - sent);
                    return null;
                }));
            }
            for (Future<?> w : waits) {
                w.get();
            }
            Thread.sleep(10);
        }
        waiters.shutdown();
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%npush -> live announcement, %d WebSocket desks, %d pushes (%d deliveries):"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms (from sending the push to the desk reading the head)%n",
                channels.size(), LIVE_PUSHES, sorted.size(), percentile(sorted, 0.5) / 1e6,
                percentile(sorted, 0.99) / 1e6, sorted.getLast() / 1e6);
        channels.forEach(LiveChannel::close);
        Thread.sleep(200);
        for (int i = 0; i < 100 && channels.stream().anyMatch(c -> !c.isClosed()); i++) {
            Thread.sleep(20);
        }
        reconnect(http, port, tokens, channels);
    }

    /** Leaves 200 desks connected for the heap measurement. */
    private static void reconnect(HttpClient http, int port, List<String> tokens, List<LiveChannel> channels) throws Exception {
        channels.clear();
        for (String token : tokens) {
            LiveChannel c = new DeskClient(http, port, token).live();
            c.nextHead(Duration.ofSeconds(10));
            channels.add(c);
        }
    }

    private static void heap(Process server, int port, String token) throws Exception {
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "GC.run").redirectErrorStream(true).start().waitFor();
        String metrics = new DeskClient(port, null).get("/metrics").text();
        long heap = metrics.lines().filter(l -> l.startsWith("salondesk_jvm_heap_used_bytes "))
                .mapToLong(l -> (long) Double.parseDouble(l.split(" ")[1])).findFirst().orElse(-1);
        long connected = metrics.lines().filter(l -> l.startsWith("salondesk_connected_desks "))
                .mapToLong(l -> (long) Double.parseDouble(l.split(" ")[1])).findFirst().orElse(-1);
        long rss = Files.readAllLines(Path.of("/proc/" + server.pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1);
        System.out.printf(Locale.ROOT, "server heap with %d desks connected (-Xmx512m): %.1f MB used after GC, process RSS %.1f MB%n",
                connected, heap / 1048576.0, rss / 1024.0);
    }

    /** Pushes a month's worth of realistic events into an old partition and compresses it. */
    private static void compression(CentralStore store) {
        Instant old = Instant.parse("2026-08-14T09:30:00Z");
        EventPartitions partitions = new EventPartitions(store.database(), Clock.fixed(old, ZoneOffset.UTC), 1);
        partitions.ensureMonth(YearMonth.from(old.atOffset(ZoneOffset.UTC)));
        var oldStore = new com.salondesk.syncserver.store.CentralEventStore(store.database(), Clock.fixed(old, ZoneOffset.UTC));
        store.directory().createTenant("archive", "Archive");
        for (int i = 0; i < 200; i++) {
            oldStore.push("archive", com.salondesk.syncserver.bench.CompressionSample.bookings(100));
        }
        EventPartitions.Compression c = partitions.compress(EventPartitions.partitionName(YearMonth.of(2026, 8)));
        System.out.printf(Locale.ROOT, "old partition %s, 20000 booking.created events: %.1f MB -> %.1f MB with %s (%.0f%% saved)%n",
                c.partition(), c.bytesBefore() / 1048576.0, c.bytesAfter() / 1048576.0, c.method(), c.saving() * 100);
    }

    /** The sync server in its own JVM and the port it was told to use. */
    record ServerProcess(Process process, int port) {
    }

    private static ServerProcess startServer(CentralDatabase.ConnectionSettings settings) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.salondesk.syncserver.Main", "serve");
        pb.environment().put("SALONDESK_DATABASE_URL", settings.jdbcUrl());
        pb.environment().put("SALONDESK_DATABASE_USER", settings.user());
        pb.environment().put("SALONDESK_DATABASE_POOL_SIZE", "40");
        pb.environment().put("SALONDESK_SERVER_PORT", Integer.toString(port));
        pb.environment().put("SALONDESK_SERVER_HOST", "127.0.0.1");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new ServerProcess(pb.start(), port);
    }

    private static int awaitHealthy(ServerProcess started) throws InterruptedException {
        Process server = started.process();
        int port = started.port();
        DeskClient probe = new DeskClient(port, null);
        for (int i = 0; i < 300; i++) {
            try {
                if (probe.get("/health").status() == 200) {
                    return port;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not answer /health within 30 s");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
