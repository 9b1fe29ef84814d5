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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start-up benchmark (issues 3 and 13): a desk whose log holds {@code bench.events} events (default 1,000,000:
 * the demo chain plus a history of past bookings) is started as its own process, on JavaFX's headless platform,
 * until its log says the appointment book is shown, side by side in one run with the yardstick, a bare JavaFX
 * window ({@link BareWindow}) started the same way. Starts alternate, so a busy machine slows all alike. Three
 * contenders, each {@code bench.starts} times:
 * <ul>
 *   <li><b>bare window</b>: plain {@code java}, the test class path, the bare window;</li>
 *   <li><b>plain java</b>: the same {@code java} and options, the desk as a checkout starts it,
 *       {@code java -jar app/target/salondesk-app.jar};</li>
 *   <li><b>packaged</b>: the installed launcher with its AOT cache, when there is one: {@code -Dbench.launcher=PATH}
 *       (e.g. {@code /opt/salondesk/bin/SalonDesk}), else the newest {@code installers/target/*.deb} unpacked with
 *       {@code dpkg-deb -x}. It runs with {@code -XX:AOTMode=on}, so a cache the JVM would not use stops the run.</li>
 * </ul>
 * The desks start as the menu entry starts them, without arguments (the folder from {@code SALONDESK_DATA_DIR}).
 * Prints each start's time and resident memory, the medians and each desk's ratio to the bare window.
 *
 * <p>Run: {@code ./mvnw -q -pl app -am -Pstartup-benchmark -DskipTests verify}
 * ({@code -Dbench.dir=PATH} keeps the prepared folder for later runs; {@code -Dbench.starts=N}).
 */
public final class StartupBenchmark {

    private static final String SHOWN = "appointment book shown";
    private static final String LAUNCHER = "com.salondesk.app.SalonDeskLauncher";
    /** The ratio issue 13 asks for: the book within twice the bare window's time. */
    private static final double TARGET_RATIO = 2.0;
    private static final String HEADLESS = "-Dglass.platform=Headless -Dprism.order=sw";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        int starts = Integer.getInteger("bench.starts", 5);
        Path folder = Path.of(System.getProperty("bench.dir", Files.createTempDirectory("salondesk-startup").toString()));
        System.out.printf(Locale.ROOT, "SalonDesk start-up benchmark — %,d events, JDK %s, %d cores, load average %s%n",
                events, Runtime.version(), Runtime.getRuntime().availableProcessors(), loadAverage());
        if (!Files.exists(folder.resolve("salondesk.mv.db"))) {
            // --standalone: a first start records the demo chain instead of asking a person how to begin.
            List<String> firstStart = new ArrayList<>(plainJava(LAUNCHER));
            firstStart.addAll(List.of("--data-dir=" + folder, "--standalone"));
            Result first = start(new Contender("first start", firstStart, Map.of(), null, SHOWN), folder,
                    Duration.FIRST_START);
            System.out.printf(Locale.ROOT, "first start (records the demo chain): %.2f s%n", first.seconds());
        }
        long filled = fillHistory(folder, events);
        System.out.printf(Locale.ROOT, "log holds %,d events; read models caught up%n", filled);

        List<Contender> contenders = new ArrayList<>();
        Path bareOutput = Files.createTempFile("salondesk-bare-window", ".out");
        // The desks start as from the menu entry, without arguments; the folder comes from the environment.
        Map<String, String> desk = Map.of("SALONDESK_DATA_DIR", folder.toString());
        contenders.add(new Contender("bare window", plainJava(BareWindow.Main.class.getName()), Map.of(),
                bareOutput, BareWindow.SHOWN));
        contenders.add(new Contender("plain java", plainJava(LAUNCHER), desk, null, SHOWN));
        Optional<Path> launcher = packagedLauncher();
        launcher.ifPresentOrElse(l -> {
            System.out.println("packaged launcher: " + l);
            // As installed, plus what a machine without a display needs; AOTMode=on: the cache is used or nothing.
            contenders.add(new Contender("packaged", List.of(l.toString()), Map.of("SALONDESK_DATA_DIR",
                    folder.toString(), "JAVA_TOOL_OPTIONS", HEADLESS + " -XX:AOTMode=on"), null, SHOWN));
        }, () -> System.out.println("packaged: no launcher (-Dbench.launcher) and no installers/target/*.deb; left out"));

        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int i = 0; i < starts; i++) {
            for (Contender contender : contenders) {
                Result r = start(contender, folder, Duration.NORMAL);
                results.computeIfAbsent(contender.name(), n -> new ArrayList<>()).add(r);
                System.out.printf(Locale.ROOT, "start %d, %-11s: %s after %.2f s, resident memory %d MB%n", i + 1,
                        contender.name(), contender.output() == null ? "book shown" : "window shown", r.seconds(),
                        r.residentKb() / 1024);
            }
        }
        System.out.printf(Locale.ROOT, "%nmedians of %d starts (load average now %s):%n", starts, loadAverage());
        double bare = median(results.get("bare window")).seconds();
        for (var entry : results.entrySet()) {
            Result median = median(entry.getValue());
            long maxRss = entry.getValue().stream().mapToLong(Result::residentKb).max().orElse(0);
            String ratio = entry.getKey().equals("bare window") ? "the yardstick"
                    : String.format(Locale.ROOT, "%.1f× the bare window (target ≤ %.0f×: %s)", median.seconds() / bare,
                    TARGET_RATIO, median.seconds() / bare <= TARGET_RATIO ? "met" : "not met");
            System.out.printf(Locale.ROOT, "  %-11s %.2f s, largest resident memory %d MB — %s%n", entry.getKey(),
                    median.seconds(), maxRss / 1024, ratio);
        }
        Files.deleteIfExists(bareOutput);
        if (System.getProperty("bench.launcher") == null) {
            launcher.ifPresent(l -> deleteQuietly(l.getParent().getParent().getParent().getParent()));
        }
    }

    /** Removes the unpacked package (a quarter of a gigabyte); a left-over in the temporary folder harms nobody. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // left for the system's temporary-folder cleaning
        }
    }

    private enum Duration { FIRST_START, NORMAL }

    private record Result(double seconds, long residentKb) {
    }

    /**
     * One way of starting: its command and environment, and the line that says it is up, in {@code output} (the
     * process's standard output) or, when that is null, in the desk's log in the data folder.
     */
    private record Contender(String name, List<String> command, Map<String, String> environment, Path output,
                             String marker) {
    }

    private static Result median(List<Result> results) {
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Plain {@code java} as a checkout starts the desk: {@code java -jar app/target/salondesk-app.jar} (JavaFX on the
     * class path from its lib folder), or, for the bare window, the benchmark's own class path, with the same options.
     */
    private static List<String> plainJava(String mainClass) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        command.addAll(List.of(HEADLESS.split(" ")));
        command.addAll(List.of("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"));
        if (mainClass.equals(LAUNCHER)) {
            command.addAll(List.of("-jar", System.getProperty("bench.jar", "target/salondesk-app.jar")));
        } else {
            command.addAll(List.of("-cp", classPath(), mainClass));
        }
        return command;
    }

    /** Starts the contender in its own process and waits for its line; then stops it. */
    private static Result start(Contender contender, Path folder, Duration kind) throws IOException, InterruptedException {
        Path watched = contender.output() != null ? contender.output() : folder.resolve("salondesk.log");
        if (contender.output() != null) {
            Files.writeString(watched, "");
        }
        long linesBefore = Files.exists(watched) ? Files.readAllLines(watched).size() : 0;
        ProcessBuilder builder = new ProcessBuilder(contender.command()).redirectErrorStream(true)
                .redirectOutput(contender.output() != null ? ProcessBuilder.Redirect.appendTo(watched.toFile())
                        : ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(contender.environment());
        long begin = System.nanoTime();
        Process desk = builder.start();
        long deadline = begin + TimeUnit.SECONDS.toNanos(kind == Duration.FIRST_START ? 180 : 60);
        try {
            while (System.nanoTime() < deadline) {
                if (Files.exists(watched)) {
                    List<String> lines = Files.readAllLines(watched);
                    if (lines.subList((int) Math.min(linesBefore, lines.size()), lines.size()).stream()
                            .anyMatch(l -> l.contains(contender.marker()))) {
                        double seconds = (System.nanoTime() - begin) / 1e9;
                        return new Result(seconds, residentKb(desk.pid()));
                    }
                }
                if (!desk.isAlive()) {
                    throw new IllegalStateException(contender.name() + " stopped with status " + desk.exitValue()
                            + "; see " + watched);
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException(contender.name() + " was not shown in time; see " + watched);
        } finally {
            desk.destroy();
            desk.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The packaged launcher to measure: the one named, else the newest built .deb, unpacked; empty when neither. */
    private static Optional<Path> packagedLauncher() throws IOException, InterruptedException {
        String named = System.getProperty("bench.launcher");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path target : List.of(cwd.resolve("installers/target"), cwd.resolveSibling("installers").resolve("target"))) {
            if (!Files.isDirectory(target)) {
                continue;
            }
            Optional<Path> deb;
            try (Stream<Path> files = Files.list(target)) {
                deb = files.filter(f -> f.toString().endsWith(".deb"))
                        .max(Comparator.comparing(f -> f.toFile().lastModified()));
            }
            if (deb.isPresent()) {
                // Unpacked as dpkg installs it: the files keep the times they have in the package, which the cache needs.
                Path unpacked = Files.createTempDirectory("salondesk-packaged");
                Process unpack = new ProcessBuilder("dpkg-deb", "-x", deb.get().toString(), unpacked.toString())
                        .inheritIO().start();
                if (unpack.waitFor() != 0) {
                    throw new IllegalStateException("dpkg-deb -x " + deb.get() + " failed");
                }
                return Optional.of(unpacked.resolve("opt/salondesk/bin/SalonDesk"));
            }
        }
        return Optional.empty();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
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
