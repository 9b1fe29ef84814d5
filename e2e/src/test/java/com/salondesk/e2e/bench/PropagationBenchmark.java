package com.salondesk.e2e.bench;

import com.google.common.eventbus.Subscribe;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.ChainData;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.DeskQueries;
import com.salondesk.persistence.runtime.ProjectionsUpdated;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Propagation: {@code desks} desks in this JVM, connected to a sync server process on loopback; desk A books,
 * one booking at a time, and the time from the booking's commit on A until it is in desk B's book read model
 * is taken for each (B is told by its own projections, not by polling). The first bookings warm up.
 */
final class PropagationBenchmark {

    private static final int WARM_UP = 100;

    private PropagationBenchmark() {
    }

    static void run(Path folder, int desks, int bookings) throws Exception {
        System.out.printf("propagation: %d desks, %,d bookings (+%d warm-up) from desk A to desk B%n", desks, bookings,
                WARM_UP);
        String[] devices = new String[desks];
        for (int i = 0; i < desks; i++) {
            devices[i] = "desk-" + i;
        }
        try (SyncServerProcess server = SyncServerProcess.start(folder.resolve("server"), "propagation");
             Chain chain = Chain.create(server, folder.resolve("chain"), devices)) {
            Desk a = chain.founder(devices[0], 10, 10);
            List<Desk> others = new ArrayList<>();
            for (int i = 1; i < desks; i++) {
                others.add(chain.joiner(devices[i]));
            }
            Desk b = others.getFirst();
            Arrival arrival = new Arrival(b.backEnd().queries());
            b.backEnd().bus().register(arrival);
            LocalDate first = LocalDate.now(ChainData.LONDON).plusDays(1);
            double[] millis = new double[bookings];
            double[] toLog = new double[bookings];
            for (int k = 0; k < WARM_UP + bookings; k++) {
                int stylist = k % 10;
                int round = k / 10;
                String id = a.book(ChainData.stylist(stylist), ChainData.customer(stylist),
                        first.plusDays(round / 48), ChainData.slot(round % 48), ChainData.slot(round % 48 + 1));
                long committed = System.nanoTime();
                long seen = arrival.await(id);
                if (k >= WARM_UP) {
                    millis[k - WARM_UP] = (seen - committed) / 1e6;
                    toLog[k - WARM_UP] = (arrival.storedAt - committed) / 1e6;
                }
            }
            Arrays.sort(millis);
            Arrays.sort(toLog);
            System.out.printf("propagation: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 50 ms)%n",
                    percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), millis[millis.length - 1]);
            System.out.printf("propagation: of which until stored in desk B's log: p50 %.1f ms, p99 %.1f ms%n",
                    percentile(toLog, 50), percentile(toLog, 99));
        }
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Notes when desk B's read models first hold the booking awaited, from B's "projections updated" posts, and
     * when its {@code booking.created} was stored in B's log (B's "events recorded" post).
     */
    static final class Arrival {
        private final DeskQueries queries;
        private volatile String awaited;
        private volatile CountDownLatch arrived;
        private volatile long at;
        private volatile long storedAt;
        private final Map<String, Long> stored = new ConcurrentHashMap<>();

        Arrival(DeskQueries queries) {
            this.queries = queries;
        }

        long await(String bookingId) throws InterruptedException {
            arrived = new CountDownLatch(1);
            awaited = bookingId;
            check(); // it may be there already
            if (!arrived.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("booking " + bookingId + " did not reach desk B within 60 s");
            }
            awaited = null;
            Long storedWhen = stored.remove(bookingId);
            storedAt = storedWhen == null ? at : storedWhen;
            return at;
        }

        @Subscribe
        public void on(ProjectionsUpdated updated) {
            check();
        }

        @Subscribe
        public void on(EventsRecorded recorded) {
            long now = System.nanoTime();
            for (RecordedEvent e : recorded.events()) {
                if (e.event() instanceof BookingEvent.Created created) {
                    stored.put(created.bookingId(), now);
                }
            }
        }

        private synchronized void check() {
            String id = awaited;
            CountDownLatch latch = arrived;
            if (id != null && latch.getCount() > 0 && queries.booking(id).isPresent()) {
                at = System.nanoTime();
                latch.countDown();
            }
        }
    }
}
