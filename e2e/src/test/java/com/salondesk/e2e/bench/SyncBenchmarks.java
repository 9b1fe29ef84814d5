package com.salondesk.e2e.bench;

import com.salondesk.e2e.support.DataFolders;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * The sync benchmarks of issue 10 (not tests): propagation, catch-up and an offline day, each against a sync
 * server process on loopback. {@code -Dbench.which=all|propagation|catch-up|offline-day}; sizes as in
 * {@code e2e/README.md}.
 */
public final class SyncBenchmarks {

    private SyncBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> which = Set.of(System.getProperty("bench.which", "all").split(","));
        Path folder = Files.createTempDirectory("salondesk-sync-bench");
        System.out.printf("SalonDesk sync benchmarks, %s, %d cores, load average %.2f, Java %s, data in %s%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version(), folder);
        if (which.contains("all") || which.contains("propagation")) {
            PropagationBenchmark.run(folder.resolve("propagation"), Integer.getInteger("bench.desks", 10),
                    Integer.getInteger("bench.bookings", 1_000));
        }
        if (which.contains("all") || which.contains("offline-day")) {
            OfflineDayBenchmark.run(folder.resolve("offline-day"), Integer.getInteger("bench.offline-events", 5_000));
        }
        if (which.contains("all") || which.contains("catch-up")) {
            CatchUpBenchmark.run(folder.resolve("catch-up"), Long.getLong("bench.events", 1_000_000),
                    System.getProperty("bench.desk-heap", "192m"));
        }
        // The desks of a million events take hundreds of megabytes; -Dbench.keep=true leaves them for a look.
        if (!Boolean.getBoolean("bench.keep")) {
            DataFolders.delete(folder);
        }
        // The embedded PostgreSQL and any server still running stop in their shutdown hooks.
        System.exit(0);
    }
}
