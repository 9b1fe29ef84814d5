package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.salondesk.app.SalonDeskApplication;
import com.salondesk.app.TestMailServer;
import com.salondesk.app.TestSalon;
import com.salondesk.persistence.mail.MailSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real application: Settings ▸ E-mail refuses a bad port beside the field and a server that will not take the
 * test message, keeping nothing, and keeps settings once a real SMTP server (GreenMail) took the test message.
 */
class EmailSettingsUiTest {

    @TempDir
    Path root;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void badSettingsAreRefusedBesideTheFieldAndGoodOnesAreKeptAfterATestMessage() throws Exception {
        Path folder = root.resolve("desk");
        TestSalon.open(folder).close();
        int port = TestMailServer.freePort();
        GreenMail smtp = TestMailServer.startOn(port);
        FxRobot robot = new FxRobot();
        DeskRobot person = new DeskRobot(robot);
        Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder);
        try {
            person.click("#settingsMenu");
            person.click("#emailSettingsMenuItem");
            person.assertShows("#emailMessage", "This desk sends no e-mail yet");
            person.type("#hostField", "127.0.0.1");
            person.type("#portField", "70000");
            person.type("#fromField", "salon@example.com");
            person.click("#sendTestButton");

            person.assertShows("#portError", "A port is a number from 1 to 65535.");
            person.assertShows("#emailMessage", "Nothing was kept");
            assertThat(Files.exists(folder.resolve(MailSettings.FILE))).isFalse();

            // The in-process server offers no STARTTLS, which the standard security demands: the test fails.
            person.type("#portField", String.valueOf(port));
            person.click("#sendTestButton");
            person.assertShows("#emailMessage", "The test message did not go, so nothing was kept");
            assertThat(Files.exists(folder.resolve(MailSettings.FILE))).isFalse();

            person.click("#securityChoice");
            robot.clickOn("None (only a server on this network)");
            person.type("#testRecipientField", "maria@example.com");
            person.click("#sendTestButton");

            person.assertShows("#emailMessage", "The test message went to maria@example.com");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(MailSettings.read(folder)).hasValueSatisfying(kept -> assertThat(kept.port()).isEqualTo(port));
        } finally {
            FxToolkit.cleanupApplication(app);
            smtp.stop();
        }
    }
}
