package com.salondesk.e2e.bench;

import com.salondesk.e2e.support.CentralPostgres;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.ChainData;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.HistorySeeder;
import com.salondesk.e2e.support.JavaProcesses;
import com.salondesk.e2e.support.SyncServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catch-up: a tenant with {@code events} events on the server (the chain recorded by a desk, then a generated
 * booking history pushed over HTTP); a new desk process connects, downloads it all and opens its book. Prints
 * events per second until the book could open (and until the download alone was done) and the desk process's
 * peak resident memory.
 */
final class CatchUpBenchmark {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT events=(\\d+) downloadSeconds=([0-9.]+) seconds=([0-9.]+) peakRssKb=(-?\\d+)");
    private static final int STYLISTS = 20;

    private CatchUpBenchmark() {
    }

    static void run(Path folder, long events, String deskHeap) throws Exception {
        System.out.printf("catch-up: a new desk joins a tenant of %,d events (desk JVM -Xmx%s)%n", events, deskHeap);
        try (SyncServerProcess server = SyncServerProcess.start(folder.resolve("server"),
                CentralPostgres.get().freshDatabase("catch_up"), List.of("-Xmx1g"), Map.of());
             Chain chain = Chain.create(server, folder.resolve("chain"), "hq", "seeder", "newcomer")) {
            Desk hq = chain.founder("hq", STYLISTS, STYLISTS);
            hq.close();
            long reference = chain.events().head();
            long seedStarted = System.nanoTime();
            long seeded = new HistorySeeder(chain.tenantId(), chain.deviceId("seeder"), STYLISTS,
                    LocalDate.now(ChainData.LONDON).plusDays(1))
                    .seed(server.uri(), chain.token("seeder"), events - reference, 3);
            double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
            long head = chain.events().head();
            System.out.printf("catch-up: server seeded with %,d events in %.1f s (%,.0f events/s); head %,d%n", seeded,
                    seedSeconds, seeded / seedSeconds, head);

            Path desk = Files.createDirectories(folder.resolve("newcomer"));
            Path output = folder.resolve("newcomer.log");
            Process probe = JavaProcesses.start(List.of("-Xmx" + deskHeap, "-XX:+UseSerialGC"),
                    CatchUpProbe.class.getName(),
                    List.of(desk.toString(), server.uri().toString(), chain.token("newcomer")), Map.of(), output);
            if (!probe.waitFor(30, TimeUnit.MINUTES)) {
                JavaProcesses.kill(probe);
                throw new IllegalStateException("the new desk did not catch up within 30 minutes:\n"
                        + Files.readString(output));
            }
            String printed = Files.readString(output);
            printed.lines().filter(l -> l.startsWith("  received")).forEach(System.out::println);
            Matcher m = RESULT.matcher(printed);
            if (probe.exitValue() != 0 || !m.find()) {
                throw new IllegalStateException("the new desk failed (exit " + probe.exitValue() + "):\n" + printed);
            }
            long received = Long.parseLong(m.group(1));
            double download = Double.parseDouble(m.group(2));
            double untilBook = Double.parseDouble(m.group(3));
            long rssKb = Long.parseLong(m.group(4));
            System.out.printf("catch-up: %,d events; downloaded in %.1f s (%,.0f events/s); book could open after "
                            + "%.1f s (%,.0f events/s; target >= 50,000); peak resident memory %,d MB "
                            + "(target <= 400 MB)%n",
                    received, download, received / download, untilBook, received / untilBook, rssKb / 1024);
            if (received != head) {
                System.out.printf("catch-up: WARNING the desk holds %,d events, the server %,d%n", received, head);
            }
        }
    }
}
