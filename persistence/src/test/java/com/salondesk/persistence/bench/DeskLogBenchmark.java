package com.salondesk.persistence.bench;

import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingDetails;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.TestChain;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.EventContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Issue 2's benchmark: records bookings-sized events into a file H2 log, one command per transaction
 * with the booking projection updated, and compares with raw JDBC inserts of the same rows into a log
 * with the same H2 settings, in the same run. Prints events/s, the ratio and p50/p99 command latency.
 * A command's latency is until its events are committed; the throughput clock runs until the
 * projections have caught up with the last event, so it includes their work.
 *
 * <p>The commands measured: a new booking's {@code booking.created} on its own new stream, as the desk
 * records it (decided on the empty state, appended at version 1; the log's unique index would catch a
 * stream that existed after all); a {@code booking.confirmed} on an existing booking, which reads the
 * stream first; and the full booking command (the booking, the stylist's day and the customer's day, three
 * streams in one transaction, after reading customer, branch, stylist, service and both days). Each round runs every line in a
 * fresh log, and each line warms up on its own log before it is measured; as in JMH, the first rounds only
 * warm the JIT up (round 1 is printed, but the raw insert runs first on a cold JVM there), and the result is
 * the median of the measured rounds.
 *
 * <p>Run: {@code ./mvnw -q -pl persistence -am -Pdesk-log-benchmark -DskipTests verify} (add
 * {@code -Dbench.events=N} to change the count, {@code -Dbench.warmups=W -Dbench.rounds=R} the rounds, default 1
 * and 3).
 */
public final class DeskLogBenchmark {

    private DeskLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = BenchSettings.count("bench.events", 100_000, 10);
        int warmups = BenchSettings.count("bench.warmups", 1, 0);
        int rounds = BenchSettings.count("bench.rounds", 3, 1);
        int warmup = Math.min(10_000, events / 10);
        Path root = Files.createTempDirectory("salondesk-bench");
        try {
            System.out.printf(Locale.ROOT, "SalonDesk desk event log benchmark — %,d events, %d warm-up and %d measured rounds, JDK %s, %d cores%n",
                    events, warmups, rounds, Runtime.version(), Runtime.getRuntime().availableProcessors());
            List<Result> raw = new ArrayList<>();
            List<Result> created = new ArrayList<>();
            List<Result> confirmed = new ArrayList<>();
            List<Result> bookings = new ArrayList<>();
            System.out.println();
            System.out.println("| round | raw insert events/s | booking.created events/s | ratio | booking.confirmed events/s | ratio | full booking events/s |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (int round = 1; round <= warmups + rounds; round++) {
                Path dir = root.resolve("round-" + round);
                raw.add(rawJdbc(dir.resolve("raw"), warmup, events));
                created.add(newBookings(dir.resolve("created"), warmup, events));
                confirmed.add(confirmations(dir.resolve("confirmed"), warmup, events / 5));
                bookings.add(fullBookings(dir.resolve("bookings"), warmup / 2, events / 5));
                int r = round - 1;
                System.out.printf(Locale.ROOT, "| %d%s | %,.0f | %,.0f | %.2f | %,.0f | %.2f | %,.0f |%n", round,
                        round <= warmups ? " (warm-up)" : "",
                        raw.get(r).eventsPerSecond(), created.get(r).eventsPerSecond(),
                        created.get(r).eventsPerSecond() / raw.get(r).eventsPerSecond(), confirmed.get(r).eventsPerSecond(),
                        confirmed.get(r).eventsPerSecond() / raw.get(r).eventsPerSecond(), bookings.get(r).eventsPerSecond());
            }
            System.out.println();
            System.out.println("Median of the measured rounds:");
            System.out.println();
            System.out.println("| run | events | events/s | p50 ms | p99 ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            raw.subList(0, warmups).clear();
            created.subList(0, warmups).clear();
            confirmed.subList(0, warmups).clear();
            bookings.subList(0, warmups).clear();
            Result rawMedian = median(raw);
            Result createdMedian = median(created);
            Result confirmedMedian = median(confirmed);
            rawMedian.print("raw JDBC insert, one row per transaction");
            createdMedian.print("new booking's booking.created command + projection, one per transaction");
            confirmedMedian.print("booking.confirmed command (reads the stream) + projection, one per transaction");
            median(bookings).print("full booking (booking + stylist's and customer's day, 3 events) + projections");
            System.out.printf(Locale.ROOT, "%nratio command/raw = %.2f (target >= 0.5); command p99 = %.3f ms (target <= 5 ms)%n",
                    createdMedian.eventsPerSecond() / rawMedian.eventsPerSecond(), createdMedian.p99());
            System.out.printf(Locale.ROOT, "ratio for a command that reads its stream first = %.2f, p99 %.3f ms%n",
                    confirmedMedian.eventsPerSecond() / rawMedian.eventsPerSecond(), confirmedMedian.p99());
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The round with the median throughput (its latencies come with it). */
    private static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(Result::eventsPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** Events per second and per-transaction latencies in nanoseconds. */
    record Result(int events, long nanos, long[] latencies) {
        double eventsPerSecond() {
            return events / (nanos / 1e9);
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.3f | %.3f |%n", name, events, eventsPerSecond(), p50(), p99());
        }
    }

    private static BookingDetails details(String customerId, int i) {
        Instant start = Instant.parse("2027-01-04T09:00:00Z").plusSeconds(2700L * i);
        return BookingDetails.single(customerId, TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT, start,
                start.plusSeconds(2700), Money.of("55.00", "GBP"));
    }

    /** A new booking's first event, recorded as the desk records it: on a stream it has just named. */
    private static Result newBookings(Path folder, int warmup, int count) {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            EventContext ctx = TestChain.ctx();
            BookingDecider decider = new BookingDecider();
            int[] n = {0};
            return measure(warmup, count, 1, () -> {
                String id = UuidV7.next().toString();
                desk.store().executeOnNewStream(ctx, BookingDecider.streamId(id), decider, BookingEvent.class,
                        new BookingCommand.Request(id, details(chain.customerId, n[0]++), "bench", Instant.now()));
            }, desk::awaitProjections);
        }
    }

    /** Confirms bookings recorded beforehand (not measured): each command reads its stream, then appends. */
    private static Result confirmations(Path folder, int warmup, int count) {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            EventContext ctx = TestChain.ctx();
            BookingDecider decider = new BookingDecider();
            String[] ids = new String[warmup + count];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = UuidV7.next().toString();
                desk.store().executeOnNewStream(ctx, BookingDecider.streamId(ids[i]), decider, BookingEvent.class,
                        new BookingCommand.Request(ids[i], details(chain.customerId, i), "bench", Instant.now()));
            }
            desk.awaitProjections();
            int[] n = {0};
            return measure(warmup, count, 1, () -> {
                String id = ids[n[0]++];
                desk.store().execute(ctx, BookingDecider.streamId(id), decider, BookingEvent.class,
                        new BookingCommand.Confirm(id, "bench", Instant.now()));
            }, desk::awaitProjections);
        }
    }

    private static Result fullBookings(Path folder, int warmup, int count) {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            EventContext ctx = TestChain.ctx();
            int[] n = {0};
            return measure(warmup, count, 3, () -> {
                int i = n[0]++;
                LocalDateTime start = LocalDateTime.of(2027, 1, 4, 9, 0).plusDays(i / 12).plusMinutes(45L * (i % 12));
                desk.bookings().book(ctx, new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                        TestChain.CUT, start, start.plusMinutes(45), false));
            }, desk::awaitProjections);
        }
    }

    /**
     * Runs {@code command} {@code count} times after a warm-up; the clock stops once {@code settle} has
     * returned (for the command paths: once the projections have caught up with the last event).
     */
    private static Result measure(int warmup, int count, int eventsPerCommand, Runnable command, Runnable settle) {
        for (int i = 0; i < warmup; i++) {
            command.run();
        }
        settle.run();
        long[] latencies = new long[count];
        long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            command.run();
            latencies[i] = System.nanoTime() - t0;
        }
        settle.run();
        long end = System.nanoTime();
        return new Result(count * eventsPerCommand, end - begin, latencies);
    }

    /** The same rows the command path writes, inserted with plain JDBC into a log with the same settings. */
    private static Result rawJdbc(Path folder, int warmup, int count) throws SQLException {
        DeskDatabase.open(folder).close(); // same schema, created by the same migrations
        String payload = "{\"bookingId\":\"%s\",\"customerId\":\"0193f3c2-7a4e-7cc1-9d2e-5b8f0a1c2d3e\",\"branchId\":\"soho\","
                + "\"staffId\":\"anna\",\"serviceId\":\"cut\",\"start\":\"2027-01-04T09:00:00Z\",\"end\":\"2027-01-04T09:45:00Z\","
                + "\"price\":{\"amount\":55.00,\"currency\":\"GBP\"}}";
        String metadata = "{\"tenantId\":\"acme\",\"branchId\":\"soho\",\"deviceId\":\"desk-soho-1\",\"userId\":\"bench\","
                + "\"correlationId\":\"%s\",\"schemaVersion\":1}";
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO events (id, stream_id, version, event_type, "
                     + "schema_version, event_data, metadata, recorded_at, tenant_id, sync_status) "
                     + "VALUES (?, ?, 1, 'booking.created', 1, ?, ?, ?, 'acme', 'PENDING')")) {
            c.setAutoCommit(true);
            return measure(warmup, count, 1, () -> {
                UUID id = UuidV7.next();
                try {
                    insert.setObject(1, id);
                    insert.setString(2, "booking-" + id);
                    insert.setString(3, payload.formatted(id));
                    insert.setString(4, metadata.formatted(UuidV7.next()));
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, () -> { });
        }
    }
}
