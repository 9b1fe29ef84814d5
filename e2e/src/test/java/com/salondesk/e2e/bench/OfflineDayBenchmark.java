package com.salondesk.e2e.bench;

import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.ChainData;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.SyncServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * An offline day: three desks record {@code eventsPerDesk} events each while offline (their own stylist's
 * bookings, plus {@value #CLASHES} bookings each of Ben at the same quarter hours — the only true clashes) and
 * come back together. Prints the time until all three hold the same log and their read models show it, and the
 * Needs-attention entries raised (expected: two losers per clashing quarter hour).
 */
final class OfflineDayBenchmark {

    static final int CLASHES = 5;

    private OfflineDayBenchmark() {
    }

    static void run(Path folder, int eventsPerDesk) throws Exception {
        System.out.printf("offline day: 3 desks, %,d events each recorded offline, reconnecting together%n",
                eventsPerDesk);
        try (SyncServerProcess server = SyncServerProcess.start(folder.resolve("server"), "offline_day");
             Chain chain = Chain.create(server, folder.resolve("chain"), "desk-0", "desk-1", "desk-2")) {
            List<Desk> desks = List.of(chain.founder("desk-0", 3, 3), chain.joiner("desk-1"), chain.joiner("desk-2"));
            for (Desk desk : desks) {
                desk.goOffline();
            }
            LocalDate clashDay = LocalDate.now(ChainData.LONDON).plusDays(1);
            long recorded = 0;
            for (int i = 0; i < desks.size(); i++) {
                Desk desk = desks.get(i);
                for (int s = 0; s < CLASHES; s++) {
                    desk.book(ChainData.BEN, ChainData.customer(i), clashDay, ChainData.slot(s), ChainData.slot(s + 1));
                }
                for (int n = 0; desk.pending() < eventsPerDesk; n++) {
                    desk.book(ChainData.stylist(i), ChainData.customer(i), clashDay.plusDays(1 + n / 48),
                            ChainData.slot(n % 48), ChainData.slot(n % 48 + 1));
                }
                recorded += desk.pending();
            }
            long started = System.nanoTime();
            for (Desk desk : desks) {
                desk.startSync();
            }
            chain.awaitConverged(Duration.ofMinutes(30), desks.toArray(Desk[]::new));
            double seconds = (System.nanoTime() - started) / 1e9;
            int conflicts = 0;
            for (Desk desk : desks) {
                int open = desk.backEnd().queries().openAttention(desk.identity().deviceId()).size();
                System.out.printf("offline day: %s has %d Needs-attention entries%n", desk.identity().deviceId(), open);
                conflicts += open;
            }
            System.out.printf("offline day: %,d events recorded offline, all three desks converged %.1f s after "
                    + "reconnecting; %d conflicts raised (true slot clashes: %d)%n", recorded, seconds, conflicts,
                    2 * CLASHES);
        }
    }
}
