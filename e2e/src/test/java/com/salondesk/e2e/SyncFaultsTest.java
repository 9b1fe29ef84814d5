package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.ANNA;
import static com.salondesk.e2e.support.ChainData.BEN;
import static com.salondesk.e2e.support.ChainData.JANE;
import static com.salondesk.e2e.support.ChainData.JOHN;
import static com.salondesk.e2e.support.ChainData.LONDON;
import static com.salondesk.e2e.support.ChainData.MAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.Eventually;
import com.salondesk.e2e.support.SameEvents;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.sync.SyncState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Faults" of the issue, end to end: the server down for a while, and a desk's token revoked. */
class SyncFaultsTest {

    @TempDir
    static Path folder;
    SyncServerProcess server;

    @BeforeEach
    void startTheServer() {
        // Started again if a test before stopped it and failed before it could start it.
        server = SyncServerProcess.shared();
    }

    @Test
    void withTheServerDownADeskBooksConfirmsAndCancelsInFullAndSyncsWhenItIsBack() {
        try (Chain chain = Chain.create(server, folder.resolve("down"), "desk-a", "desk-b")) {
            Desk a = chain.founder("desk-a");
            Desk b = chain.joiner("desk-b");
            LocalDate day = LocalDate.now(LONDON).plusDays(4);
            String kept = a.book(ANNA, JANE, day, "10:00", "10:45");
            a.awaitInStepWith(chain.events());

            server.stop();
            Eventually.await("desk A to notice the server is gone",
                    () -> a.state().connection() != SyncState.Connection.ONLINE, () -> "sync " + a.state());
            a.confirm(kept);
            String cancelled = a.book(BEN, JOHN, day, "11:00", "11:45");
            a.cancel(cancelled, "John has to work");
            String booked = a.book(BEN, MAY, day, "11:00", "11:45");
            assertThat(a.booking(kept).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(a.pending()).as("recorded while the server was down").isPositive();
            server.start();

            chain.awaitConverged(a, b);
            assertThat(b.booking(kept).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(b.booking(cancelled).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(b.booking(booked)).isPresent();
            List<EventEnvelope> stored = chain.events().all();
            SameEvents.assertLogHoldsTheServersEvents("desk A", a.log(), stored);
            SameEvents.assertLogHoldsTheServersEvents("desk B", b.log(), stored);
        }
    }

    @Test
    void aRevokedDeskSaysSoStopsSyncingAndKeepsItsData() {
        try (Chain chain = Chain.create(server, folder.resolve("revoked"), "desk-a", "desk-b")) {
            Desk a = chain.founder("desk-a");
            Desk b = chain.joiner("desk-b");
            LocalDate day = LocalDate.now(LONDON).plusDays(5);
            String before = b.book(ANNA, JANE, day, "10:00", "10:45");
            b.awaitInStepWith(chain.events());

            server.revoke(chain.deviceId("desk-b"));

            Eventually.await("desk B to say its device was revoked",
                    () -> b.state().connection() == SyncState.Connection.REVOKED, () -> "sync " + b.state());
            assertThat(b.state().problem()).as("what B's desk says").isNotBlank();
            String after = b.book(BEN, JOHN, day, "10:00", "10:45");
            b.settle();
            // The booking and its stylist's and customer's time, its saga (started, two steps done, completed) and
            // the confirmation the saga made.
            assertThat(b.pending()).as("kept on the desk, not sent").isEqualTo(8);
            assertThat(b.state().connection()).isEqualTo(SyncState.Connection.REVOKED);
            List<UUID> kept = b.log().stream().map(RecordedEvent::id).toList();
            b.goOffline();
            assertThat(b.log().stream().map(RecordedEvent::id).toList()).as("B's log after it was reopened")
                    .isEqualTo(kept);
            assertThat(b.booking(before)).isPresent();
            assertThat(b.booking(after)).isPresent();
            // Desk A goes on with the chain; the server never got B's booking after the revocation.
            a.book(ANNA, MAY, day, "12:00", "12:45");
            a.awaitInStepWith(chain.events());
            assertThat(chain.events().all().stream().map(EventEnvelope::streamId))
                    .doesNotContain("booking-" + after);
        }
    }
}
