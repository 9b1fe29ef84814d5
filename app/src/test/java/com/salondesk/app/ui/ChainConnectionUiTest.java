package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ChainServerStandIn;
import com.salondesk.app.SalonDeskApplication;
import com.salondesk.app.TestSalon;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real application on a standalone desk: Settings ▸ Chain connection connects it to an empty chain over real
 * HTTP, the desk says it reopens and does, in the same window, and then syncs.
 */
class ChainConnectionUiTest {

    @TempDir
    Path root;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aStandaloneDeskIsConnectedLaterAndReopensSyncing() throws Exception {
        Path folder = root.resolve("desk");
        TestSalon.open(folder).close();
        FxRobot robot = new FxRobot();
        DeskRobot person = new DeskRobot(robot);
        try (ChainServerStandIn server = ChainServerStandIn.empty()) {
            Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder);
            try {
                person.assertShows("#syncStatusLabel", "Standalone");
                person.click("#settingsMenu");
                person.click("#connectionSettingsMenuItem");
                person.assertShows("#settingsDevice", TestSalon.DESK.deviceId());
                person.assertShows("#connectButton", "Connect");
                person.type("#serverField", server.address().toString());
                person.type("#tokenField", ChainServerStandIn.TOKEN);
                person.click("#connectButton");

                // The settings window goes with the old desk; the book comes back on the connected one.
                person.waitUntil("the settings to close", () -> person.find("#connectionSettingsScreen").isEmpty());
                person.assertShows("#syncStatusLabel", "Online");
                person.waitUntil("the desk's own events to reach the server", () -> server.eventCount() > 0);
                person.click("#settingsMenu");
                person.click("#connectionSettingsMenuItem");
                person.assertShows("#settingsDevice", ChainServerStandIn.DEVICE.deviceId());
                person.assertShows("#settingsServer", server.address().toString());
                person.assertShows("#connectButton", "Change connection");
            } finally {
                FxToolkit.cleanupApplication(app);
            }
        }
        assertThat(SyncSettings.read(folder)).isPresent();
        try (DeskBackEnd reopened = DeskBackEnd.open(folder, Clock.systemUTC())) {
            assertThat(reopened.identity().read()).hasValueSatisfying(
                    identity -> assertThat(identity.deviceId()).isEqualTo(ChainServerStandIn.DEVICE.deviceId()));
        }
    }
}
