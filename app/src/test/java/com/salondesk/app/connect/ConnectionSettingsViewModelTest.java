package com.salondesk.app.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ChainServerStandIn;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.sync.SyncStatusViewModel;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.sync.SyncSettings;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection settings of a standalone desk with bookings of its own, connected later over real HTTP. */
class ConnectionSettingsViewModelTest {

    @TempDir
    Path root;
    private FrontDesk desk;
    private ChainServerStandIn server;
    private final AtomicInteger reopened = new AtomicInteger();
    private ConnectionSettingsViewModel settings;

    private void standaloneWithABooking() {
        desk = TestSalon.open(root.resolve("desk"));
        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        desk.onReopen(reopened::incrementAndGet);
        settings = desk.connectionSettings(new CurrentThreadTaskExecutor());
        settings.refresh();
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void showsAStandaloneDeskThenConnectsItToAnEmptyChainAndReopens() {
        standaloneWithABooking();
        assertThat(settings.serverProperty().get()).isEqualTo("None: this desk works standalone.");
        assertThat(settings.deviceProperty().get()).isEqualTo(TestSalon.DESK.deviceId());
        assertThat(settings.connectedProperty().get()).isFalse();
        server = ChainServerStandIn.empty();

        settings.form().serverTextProperty().set(server.address().toString());
        settings.form().tokenTextProperty().set(ChainServerStandIn.TOKEN);
        settings.form().connect();

        assertThat(reopened.get()).as("the desk reopens to use the connection").isEqualTo(1);
        assertThat(settings.reopeningProperty().get()).isTrue();
        assertThat(settings.messageProperty().get()).isEqualTo("Connected to " + server.address()
                + ". The desk reopens now to use the new connection.");
        assertThat(settings.deviceProperty().get()).isEqualTo(ChainServerStandIn.DEVICE.deviceId());
        assertThat(SyncSettings.read(desk.local().database().folder())).isPresent();
        assertThat(desk.local().identity().read()).contains(new DeskIdentity("test-salons", "soho", "desk-soho-new"));
    }

    @Test
    void aDeskWithDataCannotJoinAChainWithHistoryAndNothingChanges() {
        server = ChainServerStandIn.withTheSalon(root.resolve("chain"));
        standaloneWithABooking();

        settings.form().serverTextProperty().set(server.address().toString());
        settings.form().tokenTextProperty().set(ChainServerStandIn.TOKEN);
        settings.form().connect();

        assertThat(settings.form().connectErrorProperty().get()).startsWith(
                "This desk already holds bookings of its own, and the chain on this server already has events");
        assertThat(reopened.get()).isZero();
        assertThat(SyncSettings.read(desk.local().database().folder())).isEmpty();
        assertThat(desk.local().identity().read()).contains(TestSalon.DESK);
        settings.refresh();
        assertThat(settings.connectedProperty().get()).isFalse();
    }

    @Test
    void aRefusedChangeOfAConnectedDeskChangesNothingAndTheDeskSyncsOn() throws Exception {
        server = ChainServerStandIn.withTheSalon(root.resolve("chain"));
        desk = server.connectNewDesk(root.resolve("desk"));
        desk.onReopen(reopened::incrementAndGet);
        SyncStatusViewModel line = desk.syncStatus(new CurrentThreadTaskExecutor(), Runnable::run);
        line.start();
        settings = desk.connectionSettings(new CurrentThreadTaskExecutor());
        settings.refresh();
        assertThat(settings.connectedProperty().get()).isTrue();
        assertThat(settings.form().serverTextProperty().get()).as("the server is filled in")
                .isEqualTo(server.address().toString());

        long until = System.nanoTime() + 20_000_000_000L;
        while (!line.lineProperty().get().startsWith("Online") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        var lastReport = line.stateProperty().get();
        settings.form().tokenTextProperty().set(ChainServerStandIn.TOKEN.replace('c', 'd'));
        settings.form().connect();

        assertThat(settings.form().tokenErrorProperty().get()).startsWith("The sync server does not know this token.");
        assertThat(reopened.get()).isZero();
        assertThat(SyncSettings.read(desk.local().database().folder()))
                .hasValueSatisfying(s -> assertThat(s.token()).isEqualTo(ChainServerStandIn.TOKEN));
        // The desk syncs on with its own token, and the sync line follows the client started again.
        int before = server.eventCount();
        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        line.syncNow();
        assertThat(server.eventCount()).isGreaterThan(before);
        until = System.nanoTime() + 20_000_000_000L;
        while (!line.lineProperty().get().startsWith("Online · nothing to send") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(line.stateProperty().get()).as("reports of the client started again").isNotSameAs(lastReport);
        assertThat(line.lineProperty().get()).startsWith("Online · nothing to send");
    }
}
