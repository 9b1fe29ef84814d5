package com.salondesk.app.bench;

import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3's start-up benchmark: a desk whose log holds {@code bench.events} events (default 1,000,000: the
 * demo chain plus a history of past bookings) is started as its own process, on JavaFX's headless
 * platform, until its log says the appointment book is shown; prints the time and the process's resident
 * memory at that moment, for several starts.
 *
 * <p>Run: {@code ./mvnw -q -pl app -am -Pstartup-benchmark -DskipTests verify}
 * ({@code -Dbench.dir=PATH} keeps the prepared folder for later runs; {@code -Dbench.starts=N}).
 */
public final class StartupBenchmark {

    private static final String SHOWN = "appointment book shown";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        int starts = Integer.getInteger("bench.starts", 5);
        Path folder = Path.of(System.getProperty("bench.dir", Files.createTempDirectory("salondesk-startup").toString()));
        System.out.printf(Locale.ROOT, "SalonDesk start-up benchmark — %,d events, JDK %s, %d cores%n",
                events, Runtime.version(), Runtime.getRuntime().availableProcessors());
        if (!Files.exists(folder.resolve("salondesk.mv.db"))) {
            Result first = start(folder, Duration.FIRST_START);
            System.out.printf(Locale.ROOT, "first start (records the demo chain): %.2f s%n", first.seconds());
        }
        long filled = fillHistory(folder, events);
        System.out.printf(Locale.ROOT, "log holds %,d events; read models caught up%n", filled);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            Result r = start(folder, Duration.NORMAL);
            results.add(r);
            System.out.printf(Locale.ROOT, "start %d: book shown after %.2f s, resident memory %d MB%n",
                    i + 1, r.seconds(), r.residentKb() / 1024);
        }
        results.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
        Result median = results.get(results.size() / 2);
        long maxRss = results.stream().mapToLong(Result::residentKb).max().orElse(0);
        System.out.printf(Locale.ROOT, "%nmedian start until the book is shown: %.2f s (target <= 3 s); "
                + "largest resident memory: %d MB (target <= 400 MB)%n", median.seconds(), maxRss / 1024);
    }

    private enum Duration { FIRST_START, NORMAL }

    private record Result(double seconds, long residentKb) {
    }

    /** Starts the real launcher in its own JVM and waits for the book; then stops it. */
    private static Result start(Path folder, Duration kind) throws IOException, InterruptedException {
        Path log = folder.resolve("salondesk.log");
        long linesBefore = Files.exists(log) ? Files.readAllLines(log).size() : 0;
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dglass.platform=Headless", "-Dprism.order=sw",
                // The desk's own logging (into the data folder), not the tests' quiet console configuration.
                "-Dlogback.configurationFile=" + mainLogbackConfiguration(),
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-cp", classPath(), "com.salondesk.app.SalonDeskLauncher",
                "--data-dir=" + folder);
        long begin = System.nanoTime();
        Process desk = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = begin + TimeUnit.SECONDS.toNanos(kind == Duration.FIRST_START ? 180 : 60);
        try {
            while (System.nanoTime() < deadline) {
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    if (lines.subList((int) Math.min(linesBefore, lines.size()), lines.size()).stream()
                            .anyMatch(l -> l.contains(SHOWN))) {
                        double seconds = (System.nanoTime() - begin) / 1e9;
                        return new Result(seconds, residentKb(desk.pid()));
                    }
                }
                if (!desk.isAlive()) {
                    throw new IllegalStateException("the desk stopped with status " + desk.exitValue() + "; see " + log);
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("the book was not shown in time; see " + log);
        } finally {
            desk.destroy();
            desk.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String mainLogbackConfiguration() {
        for (String entry : classPath().split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(entry, "logback.xml");
            if (entry.endsWith("classes") && !entry.endsWith("test-classes") && Files.exists(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("the app's logback.xml is not on the class path");
    }

    /** The class path this benchmark runs with (under exec:java it is a class loader's, not java.class.path). */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException("odd class path entry " + url, e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /**
     * Adds past bookings (created, confirmed, completed each) before the demo week until the log holds
     * {@code total} events, then lets the read models catch up once, as the desk would have over the years.
     */
    private static long fillHistory(Path folder, int total) throws SQLException {
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "")) {
            long seq;
            String tenant;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(local_seq), MAX(tenant_id) FROM events")) {
                rs.next();
                seq = rs.getLong(1);
                tenant = rs.getString(2);
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events (local_seq, id, stream_id, version, "
                    + "event_type, schema_version, event_data, metadata, recorded_at, tenant_id, sync_status) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SYNCED')")) {
                Instant firstDay = Instant.parse("2020-01-06T09:00:00Z");
                while (seq < total) {
                    long booking = seq / 3;
                    String id = new UUID(0x0193f3c27a4e7cc1L, booking).toString();
                    Instant start = firstDay.plusSeconds(2700L * (booking % 12) + 86_400L * (booking / 96));
                    for (int version = 1; version <= 3 && seq < total; version++) {
                        seq++;
                        String type = version == 1 ? "booking.created" : version == 2 ? "booking.confirmed" : "booking.completed";
                        String data = version == 1
                                ? ("{\"bookingId\":\"%s\",\"customerId\":\"history-%d\",\"branchId\":\"history\",\"staffId\":\"history\","
                                   + "\"services\":[{\"serviceId\":\"history\",\"durationMinutes\":45,\"price\":{\"amount\":55.00,\"currency\":\"GBP\"}}],"
                                   + "\"start\":\"%s\",\"end\":\"%s\",\"price\":{\"amount\":55.00,\"currency\":\"GBP\"}}")
                                        .formatted(id, booking % 300, start, start.plusSeconds(2700))
                                : "{\"bookingId\":\"%s\"}".formatted(id);
                        insert.setLong(1, seq);
                        insert.setObject(2, UuidV7.next());
                        insert.setString(3, "booking-" + id);
                        insert.setInt(4, version);
                        insert.setString(5, type);
                        insert.setInt(6, version == 1 ? 2 : 1);
                        insert.setString(7, data);
                        insert.setString(8, ("{\"tenantId\":\"%s\",\"deviceId\":\"desk-history\",\"correlationId\":\"%s\","
                                + "\"schemaVersion\":%d}").formatted(tenant, UuidV7.next(), version == 1 ? 2 : 1));
                        insert.setObject(9, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
                        insert.setString(10, tenant);
                        insert.addBatch();
                        if (seq % 1_000 == 0) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        }
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.awaitProjections();
            return desk.log().headPosition();
        }
    }
}
