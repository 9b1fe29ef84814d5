package com.salondesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ChainServerStandIn;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.diagnostics.DiagnosticsViewModel;
import com.salondesk.app.port.RefusedEvent;
import com.salondesk.app.port.SyncView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync line on a desk connected to a sync server over real HTTP, following the desk's own sync client: online
 * with nothing to send, a round asked for, a server gone, a token refused, a desk revoked, a batch refused as invalid.
 */
class SyncStatusViewModelTest {

    @TempDir
    Path root;
    private ChainServerStandIn server;
    private FrontDesk desk;
    private SyncStatusViewModel line;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void connected() {
        server = ChainServerStandIn.withTheSalon(root);
        desk = server.connectNewDesk(root.resolve("desk"));
        // Reports arrive on the sync client's thread; the test reads them where they land.
        line = desk.syncStatus(new CurrentThreadTaskExecutor(), Runnable::run);
        line.start();
    }

    private static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited 20 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    private SyncView.Connection connection() {
        return line.stateProperty().get() == null ? null : line.stateProperty().get().connection();
    }

    @Test
    void aConnectedDeskIsOnlineWithNothingToSendAndSaysWhatARoundDid() throws Exception {
        connected();
        eventually("the desk to be online and say so", () -> connection() == SyncView.Connection.ONLINE
                && line.detailsProperty().get().startsWith("The desk is in step"));
        assertThat(line.lineProperty().get()).isEqualTo("Online · nothing to send · last sync 08:00 · up to date");
        assertThat(line.detailsProperty().get()).startsWith("The desk is in step with the sync server");

        int before = server.eventCount();
        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        // The booking's workflow (the saga) records what it does on the desk's own threads: once it has, the round
        // asked for leaves nothing behind. The live client may have sent part of it already, so the round says how
        // many it sent itself, and the server holds them all.
        TestSalon.settle(desk);
        line.syncNow();

        int sent = server.eventCount() - before;
        assertThat(sent).isPositive();
        assertThat(line.roundMessageProperty().get()).matches("Synced: \\d+ sent, 0 received, 0 still to send\\.");
        eventually("nothing left to send", () -> line.stateProperty().get().pending() == 0
                && line.lineProperty().get().startsWith("Online · nothing to send"));
    }

    @Test
    void aServerGoneLeavesTheDeskOfflineAndWorking() throws Exception {
        connected();
        eventually("the desk to be online", () -> connection() == SyncView.Connection.ONLINE);
        server.close();
        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");

        line.syncNow();

        assertThat(line.roundMessageProperty().get())
                .isEqualTo("The sync server cannot be reached just now. The desk keeps trying by itself.");
        eventually("the desk to be offline", () -> connection() == SyncView.Connection.OFFLINE);
        assertThat(line.lineProperty().get()).matches("Offline · \\d+ events to send · last sync 08:00");
        server = null;
    }

    @Test
    void aRefusedTokenAndARevokedDeskAreSaidInPlainWords() throws Exception {
        connected();
        eventually("the desk to be online", () -> connection() == SyncView.Connection.ONLINE);

        server.answerTokenWith(401);
        line.syncNow();
        eventually("the token to be refused", () -> connection() == SyncView.Connection.TOKEN_REFUSED);
        assertThat(line.lineProperty().get()).isEqualTo("Token refused: not syncing · nothing to send");
        assertThat(line.detailsProperty().get()).contains("Ask headquarters for a new enrolment token");

        server.answerTokenWith(403);
        line.syncNow();
        eventually("the desk to be revoked", () -> connection() == SyncView.Connection.REVOKED);
        assertThat(line.lineProperty().get()).isEqualTo("Desk revoked: not syncing · nothing to send");
        assertThat(line.roundMessageProperty().get()).isEqualTo("Headquarters has revoked this desk, so it no longer "
                + "syncs. Its data stays on this computer. Ask headquarters if this is a mistake.");
        assertThat(desk.days().branches()).as("the desk keeps its data").isNotEmpty();
    }

    @Test
    void eventsTheServerRefusedAreListedOnTheDiagnosticsScreenWithItsReason() throws Exception {
        connected();
        eventually("the desk to be online", () -> connection() == SyncView.Connection.ONLINE);
        server.refuseNextPushAsInvalid("the price must not be negative");
        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        try {
            line.syncNow();
        } finally {
            eventually("the refused events to be marked", () -> desk.local().log().rejectedCount() > 0);
        }

        DiagnosticsViewModel diagnostics = desk.diagnostics(new CurrentThreadTaskExecutor(),
                new CurrentThreadTaskExecutor(), Runnable::run);
        diagnostics.refresh();

        // The booking saga's confirmation of the refused booking follows it in its stream, and is held back with it.
        assertThat(diagnostics.refusedEvents()).isNotEmpty().allSatisfy(refused -> {
            assertThat(refused.reason()).containsAnyOf("the price must not be negative", "follows a refused event");
            assertThat(refused.streamId()).isNotBlank();
        });
        assertThat(diagnostics.refusedEvents()).extracting(RefusedEvent::reason)
                .anySatisfy(reason -> assertThat(reason).contains("the price must not be negative"));
        assertThat(diagnostics.refusedEvents()).extracting(RefusedEvent::type).contains("booking.created");
        assertThat(diagnostics.syncServerProperty().get()).isEqualTo(server.address().toString());
        assertThat(diagnostics.syncDeviceProperty().get())
                .isEqualTo("Device desk-soho-new of branch soho, chain test-salons");
        assertThat(diagnostics.syncPendingProperty().get()).endsWith(diagnostics.refusedEvents().size()
                + " refused by the server");
        assertThat(diagnostics.syncPositionProperty().get()).startsWith("Pulled through ");
    }

    @Test
    void aStandaloneDeskSaysSoAndHasNoServerToSyncWith() {
        desk = TestSalon.open(root.resolve("standalone"));
        line = desk.syncStatus(new CurrentThreadTaskExecutor(), Runnable::run);
        line.start();

        assertThat(line.lineProperty().get()).isEqualTo("Standalone: not connected to a sync server");
        line.syncNow();
        assertThat(line.roundMessageProperty().get())
                .isEqualTo("This desk works standalone: there is no server to sync with.");
        line.clearRoundMessage();
        assertThat(line.roundMessageProperty().get()).isEmpty();
    }
}
