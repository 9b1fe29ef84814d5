package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ChainServerStandIn;
import com.salondesk.app.SalonDeskApplication;
import com.salondesk.app.demo.DemoChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real application on an empty data folder. Started without a person (no {@code --first-start=ask}) it prepares
 * the demo chain and opens the book on it; started as the launcher starts it for a person, it asks first.
 */
class FirstStartUiTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFirstStartShowsTheDemoChainsAppointmentBook() throws Exception {
        FxRobot robot = new FxRobot();
        DeskRobot person = new DeskRobot(robot);

        Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder);
        try {
            ComboBox<?> branches = (ComboBox<?>) person.waitFor("#branchSelector");
            person.waitUntil("the desk's branch to be chosen", () -> branches.getValue() != null);
            assertThat(robot.lookup("#branchSelector").queryComboBox().getItems()).hasSize(2);

            // The demo week runs from three days before today to three after; one of them is a busy weekday.
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            LocalDate busy = Stream.iterate(today.minusDays(3), d -> d.plusDays(1)).limit(7)
                    .filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY && d.getDayOfWeek() != DayOfWeek.MONDAY)
                    .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - today.toEpochDay())))
                    .orElseThrow();
            DatePicker day = (DatePicker) person.waitFor("#datePicker");
            robot.interact(() -> day.setValue(busy));

            person.waitUntil("the demo's appointments on " + busy,
                    () -> robot.lookup("#appointmentBook .booking-block").queryAll().size() > 5);
            assertThat(robot.lookup("#appointmentBook .staff-header").queryAll()).hasSizeGreaterThanOrEqualTo(3);
        } finally {
            FxToolkit.cleanupApplication(app);
        }

        try (DeskBackEnd reopened = DeskBackEnd.open(folder, Clock.systemUTC())) {
            assertThat(reopened.identity().read()).hasValueSatisfying(
                    identity -> assertThat(identity.tenantId()).isEqualTo(DemoChain.TENANT));
            assertThat(reopened.queries().customerCount()).isEqualTo(DemoChain.CUSTOMERS);
        }
    }

    @Test
    void aPersonIsAskedAndWorkingStandaloneOpensTheDemoChain() throws Exception {
        FxRobot robot = new FxRobot();
        DeskRobot person = new DeskRobot(robot);

        Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder,
                "--first-start=ask");
        try {
            person.waitFor("#firstStartScreen");
            // Nothing typed: each field says what it needs, and nothing is stored.
            person.click("#connectButton");
            person.assertShows("#serverError", "Enter the sync server's address");
            person.assertShows("#tokenError", "Enter the enrolment token");
            person.type("#serverField", "not a web address");
            person.type("#tokenField", "abc");
            person.click("#connectButton");
            person.assertShows("#serverError", "This is not a web address.");
            assertThat(person.find("#tokenError").filter(javafx.scene.Node::isVisible)).isEmpty();

            person.click("#standaloneButton");
            ComboBox<?> branches = (ComboBox<?>) person.waitFor("#branchSelector");
            person.waitUntil("the desk's branch to be chosen", () -> branches.getValue() != null);
            person.assertShows("#syncStatusLabel", "Standalone");
            person.assertShows("#attentionBadge", "Needs attention (0)");
        } finally {
            FxToolkit.cleanupApplication(app);
        }

        try (DeskBackEnd reopened = DeskBackEnd.open(folder, Clock.systemUTC())) {
            assertThat(reopened.identity().read()).hasValueSatisfying(
                    identity -> assertThat(identity.tenantId()).isEqualTo(DemoChain.TENANT));
        }
        assertThat(SyncSettings.read(folder)).isEmpty();
    }

    @Test
    void aPersonConnectsToTheChainSeesTheDownloadAndTheBookOpensOnTheChainsBranch(@TempDir Path root)
            throws Exception {
        FxRobot robot = new FxRobot();
        DeskRobot person = new DeskRobot(robot);
        try (ChainServerStandIn server = ChainServerStandIn.withTheSalon(root)) {
            Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder,
                    "--first-start=ask");
            try {
                person.waitFor("#firstStartScreen");
                person.type("#serverField", server.address().toString());
                person.type("#tokenField", ChainServerStandIn.TOKEN);
                person.click("#connectButton");

                ComboBox<?> branches = (ComboBox<?>) person.waitFor("#branchSelector");
                person.waitUntil("the chain's branch to be chosen", () -> branches.getValue() != null);
                assertThat(branches.getValue().toString()).contains("Soho");
                person.assertShows("#syncStatusLabel", "Online");
            } finally {
                FxToolkit.cleanupApplication(app);
            }
        }
        assertThat(SyncSettings.read(folder)).isPresent();
    }
}
