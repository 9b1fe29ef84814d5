package com.salondesk.persistence.bench;

import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.projection.BookingProjection;
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
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Issue 3's replay benchmark: fills a desk log with booking events (created, confirmed, completed per
 * booking), then in one run reads them bare from H2 and replays them into the booking projection (a
 * rebuild beside the live read model and swap). Prints events/s for both and the ratio.
 *
 * <p>Run: {@code ./mvnw -q -pl persistence -am -Preplay-benchmark -DskipTests verify}
 * ({@code -Dbench.events=N}, default 1,000,000; {@code -Dbench.dir=PATH} keeps the filled log there and reuses
 * it next time; {@code -Dbench.layout=spread} records each booking's confirmation about 1,000 events and its
 * completion about 100,000 events after its creation, as a busy chain's log would, instead of the three
 * events side by side; {@code -Dbench.warmups=W -Dbench.rounds=R}, default 1 and 3: the medians of the R
 * rounds after W warm-up rounds are the result, and the cold first round is printed too).
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = BenchSettings.count("bench.events", 1_000_000, 3);
        // Like JMH: the first rounds warm the JIT up (a running desk has compiled its H2 and JSON paths
        // long before anyone rebuilds a read model); the cold first round is printed as well.
        int warmups = BenchSettings.count("bench.warmups", 1, 0);
        int rounds = BenchSettings.count("bench.rounds", 3, 1);
        String layout = System.getProperty("bench.layout", "adjacent");
        if (!layout.equals("adjacent") && !layout.equals("spread")) {
            throw new IllegalArgumentException("-Dbench.layout must be 'adjacent' or 'spread', was '" + layout + "'");
        }
        boolean spread = layout.equals("spread");
        String keep = System.getProperty("bench.dir");
        Path folder = keep != null ? Path.of(keep) : Files.createTempDirectory("salondesk-replay");
        try {
            System.out.printf(Locale.ROOT, "SalonDesk replay benchmark — %,d events (%s), JDK %s, %d cores%n",
                    events, spread ? "each booking's events spread over the log" : "each booking's events side by side",
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            fill(folder, events, spread);
            System.out.printf(Locale.ROOT, "filled the log in %.1f s%n", (System.nanoTime() - t0) / 1e9);

            double[] bare = new double[warmups + rounds];
            double[] replay = new double[warmups + rounds];
            System.out.println();
            System.out.println("| round | bare read events/s | replay events/s | ratio |");
            System.out.println("|---|---:|---:|---:|");
            try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
                for (int round = 0; round < warmups + rounds; round++) {
                    bare[round] = bareRead(folder);
                    long start = System.nanoTime();
                    desk.runtime().projections().rebuild(BookingProjection.NAME);
                    replay[round] = events / ((System.nanoTime() - start) / 1e9);
                    if (desk.queries().bookingCount() != (events + 2) / 3) {
                        throw new IllegalStateException("the replay left " + desk.queries().bookingCount() + " bookings");
                    }
                    System.out.printf(Locale.ROOT, "| %d%s | %,.0f | %,.0f | %.2f |%n", round + 1,
                            round == 0 ? " (cold JVM)" : round < warmups ? " (warm-up)" : "", bare[round], replay[round],
                            replay[round] / bare[round]);
                }
            }
            double bareMedian = median(java.util.Arrays.copyOfRange(bare, warmups, bare.length));
            double replayMedian = median(java.util.Arrays.copyOfRange(replay, warmups, replay.length));
            System.out.printf(Locale.ROOT, "%nmedian of %d measured rounds: bare read %,.0f events/s, replay %,.0f events/s%n",
                    rounds, bareMedian, replayMedian);
            System.out.printf(Locale.ROOT, "ratio replay/bare = %.2f (target >= 0.3); replay = %,.0f events/s (target >= 100,000)%n",
                    replayMedian / bareMedian, replayMedian);
            System.out.printf(Locale.ROOT, "cold JVM (round 1): ratio %.2f, replay %,.0f events/s%n", replay[0] / bare[0], replay[0]);
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Writes {@code count} events as a desk would have recorded them: three per booking (created, confirmed,
     * completed), over a year. Side by side, or spread: confirmed ~1,000 and completed ~100,000 events after
     * the booking was created.
     */
    static void fill(Path folder, int count, boolean spread) throws SQLException {
        if (count > 6_000_000) {
            throw new IllegalArgumentException("bench.events is at most 6,000,000");
        }
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            int booking = i / 3;
            int version = i % 3 + 1;
            long key = spread ? 3L * booking + (version == 1 ? 0 : version == 2 ? 1_000 : 100_000) : i;
            order[i] = key << 23 | (long) booking << 2 | version; // sorts by key; keeps booking and version
        }
        if (spread) {
            java.util.Arrays.sort(order);
        }
        DeskDatabase.open(folder).close();
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "")) {
            long existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM events")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing >= count) {
                return;
            }
            c.setAutoCommit(false);
            String metadata = "{\"tenantId\":\"demo-salons\",\"branchId\":\"soho\",\"deviceId\":\"desk-soho-1\","
                    + "\"userId\":\"maria\",\"correlationId\":\"%s\",\"schemaVersion\":%d}";
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events (local_seq, id, stream_id, version, "
                    + "event_type, schema_version, event_data, metadata, recorded_at, tenant_id, sync_status) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-salons', 'SYNCED')")) {
                Instant day = Instant.parse("2026-01-05T09:00:00Z");
                for (int seq = 1; seq <= count; seq++) {
                    int booking = (int) (order[seq - 1] >>> 2 & 0x1F_FFFF);
                    int version = (int) (order[seq - 1] & 3);
                    String bookingId = new UUID(0x0193f3c27a4e7cc1L, booking).toString();
                    Instant start = day.plusSeconds(2700L * (booking % 12) + 86_400L * (booking / 96));
                    String type;
                    String data;
                    switch (version) {
                        case 1 -> {
                            type = "booking.created";
                            data = ("{\"bookingId\":\"%s\",\"customerId\":\"cust-%d\",\"branchId\":\"soho\",\"staffId\":\"staff-%d\","
                                    + "\"services\":[{\"serviceId\":\"cut\",\"durationMinutes\":45,\"price\":{\"amount\":55.00,\"currency\":\"GBP\"}}],"
                                    + "\"start\":\"%s\",\"end\":\"%s\",\"price\":{\"amount\":55.00,\"currency\":\"GBP\"}}")
                                    .formatted(bookingId, booking % 300, booking % 8, start, start.plusSeconds(2700));
                        }
                        case 2 -> {
                            type = "booking.confirmed";
                            data = "{\"bookingId\":\"%s\"}".formatted(bookingId);
                        }
                        default -> {
                            type = "booking.completed";
                            data = "{\"bookingId\":\"%s\"}".formatted(bookingId);
                        }
                    }
                    insert.setLong(1, seq);
                    insert.setObject(2, UuidV7.next());
                    insert.setString(3, "booking-" + bookingId);
                    insert.setInt(4, version);
                    insert.setString(5, type);
                    insert.setInt(6, version == 1 ? 2 : 1);
                    insert.setString(7, data);
                    insert.setString(8, metadata.formatted(UuidV7.next(), version == 1 ? 2 : 1));
                    insert.setObject(9, OffsetDateTime.ofInstant(start.minusSeconds(86_400), ZoneOffset.UTC));
                    insert.addBatch();
                    if (seq % 1_000 == 0 || seq == count) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** Reads every column of every event in log order, as text, without decoding. */
    static double bareRead(Path folder) throws SQLException {
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "");
             PreparedStatement select = c.prepareStatement("SELECT local_seq, id, stream_id, version, event_type, "
                     + "schema_version, event_data, metadata, recorded_at, global_position, sync_status FROM events "
                     + "WHERE local_seq > ? ORDER BY local_seq LIMIT 1000")) {
            long start = System.nanoTime();
            long after = 0;
            long rows = 0;
            long bytes = 0;
            while (true) {
                select.setLong(1, after);
                int n = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        bytes += rs.getString(2).length() + rs.getString(3).length() + rs.getString(7).length()
                                + rs.getString(8).length() + rs.getString(9).length() + rs.getString(5).length();
                        n++;
                    }
                }
                if (n == 0) {
                    break;
                }
                rows += n;
            }
            double perSecond = rows / ((System.nanoTime() - start) / 1e9);
            if (rows == 0 || bytes == 0) {
                throw new IllegalStateException("the bare read found no events");
            }
            return perSecond;
        }
    }
}
