package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.ANNA;
import static com.salondesk.e2e.support.ChainData.JANE;
import static com.salondesk.e2e.support.ChainData.JOHN;
import static com.salondesk.e2e.support.ChainData.LONDON;
import static com.salondesk.e2e.support.ChainData.slot;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.ChainData;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.Eventually;
import com.salondesk.e2e.support.SameEvents;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.sync.SyncState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end 3: the sync server's process is killed (SIGKILL) while a desk pushes a day's worth of bookings it
 * recorded offline, and started again on the same database. The desk notices, goes on booking, pushes the rest
 * when the server is back, and the server and every desk end with each event exactly once.
 */
class ServerKilledMidPushTest {

    private static final int BOOKINGS = 2_000;

    @TempDir
    Path folder;

    @Test
    void nothingIsLostOrDoubledWhenTheServerIsKilledInTheMiddleOfAPush() {
        try (SyncServerProcess server = SyncServerProcess.start(folder.resolve("server"), "server_killed");
             Chain chain = Chain.create(server, folder.resolve("chain"), "desk-a", "desk-b")) {
            Desk a = chain.founder("desk-a");
            Desk b = chain.joiner("desk-b");
            long headBefore = chain.events().head();
            a.goOffline();
            LocalDate first = LocalDate.now(LONDON).plusDays(10);
            for (int i = 0; i < BOOKINGS; i++) {
                a.book(ANNA, JANE, first.plusDays(i / 48), slot(i % 48), slot(i % 48 + 1));
            }
            a.settle();
            long recorded = a.pending();
            // Each booking: itself and its stylist's and customer's time, and its saga (started, two steps done,
            // completed) with the confirmation it made.
            assertThat(recorded).isEqualTo(8L * BOOKINGS);
            assertThat(a.log().stream().filter(e -> e.type().equals("booking-saga.completed"))).hasSize(BOOKINGS);

            a.startSync();
            // Batches of 500 go one after the other: once the server has some and the desk still has some, a
            // push is on its way or about to be.
            Eventually.await("desk A to be part way through its push",
                    () -> chain.events().head() > headBefore && a.pending() > 0, () -> "pending " + a.pending());
            server.kill();
            Eventually.await("desk A to say it is offline",
                    () -> a.state().connection() == SyncState.Connection.OFFLINE, () -> "sync " + a.state());
            // Offline, the desk works on in full.
            long logBefore = a.log().size();
            String meanwhile = a.book(ChainData.CARA, JOHN, first, "09:00", "09:45");
            a.settle();
            long meanwhileEvents = a.log().size() - logBefore;
            assertThat(meanwhileEvents).as("the booking, its times, its saga and confirmation").isEqualTo(8);

            server.start();

            chain.awaitConverged(a, b);
            List<EventEnvelope> stored = chain.events().all();
            Set<UUID> ids = stored.stream().map(EventEnvelope::id).collect(Collectors.toSet());
            assertThat(ids).as("each event stored once").hasSize(stored.size());
            assertThat(stored).hasSize((int) (headBefore + recorded + meanwhileEvents));
            assertThat(b.booking(meanwhile)).as("the booking made while the server was down, on desk B").isPresent();
            assertThat(b.backEnd().queries().bookingCount()).isEqualTo(BOOKINGS + 1);
            SameEvents.assertLogHoldsTheServersEvents("desk A", a.log(), stored);
            SameEvents.assertLogHoldsTheServersEvents("desk B", b.log(), stored);
        }
    }
}
