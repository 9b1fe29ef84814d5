package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Salon menu on the real screen: wrong input refused beside its field, a resource and a service's phases saved. */
@ExtendWith(ApplicationExtension.class)
class SalonMenuUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;

    @Start
    void openTheBook(Stage stage) {
        desk = TestSalon.open(folder);
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        desk.local().close();
    }

    @Test
    void aClosureWithoutADateIsRefusedAndABasinIsAdded(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.click("#salonMenu");
        person.click("#salonBranchMenuItem");
        person.assertShows("#branchNameLabel", "Soho");

        person.click("#addClosureButton");
        person.assertShows("#closureDateError", "Choose a date.");
        person.assertShows("#closureReasonError", "Say why");

        person.type("#resourceIdField", "basin");
        person.type("#resourceNameField", "Basin");
        person.type("#resourceCapacityField", "none");
        person.click("#saveResourceButton");
        person.assertShows("#resourceCapacityError", "Type a whole number from 1 to 99.");
        person.type("#resourceCapacityField", "2");
        person.click("#saveResourceButton");
        person.assertShows("#branchRulesMessage", "Basin saved.");

        var branch = (Branch.Open) desk.local().store().load(BranchDecider.streamId(TestSalon.BRANCH),
                new BranchDecider(), BranchEvent.class).state();
        assertThat(branch.rules().resources().get("basin").capacity()).isEqualTo(2);
        assertThat(branch.rules().closures()).isEmpty();
    }

    @Test
    void aPhaseOffTheFiveMinuteStepsIsRefusedBesideIt(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.click("#salonMenu");
        person.click("#salonServicesMenuItem");
        person.waitUntil("a service to be chosen", () -> !person.textOf("#activeField").isEmpty());

        person.type("#activeField", "30");
        person.type("#processingField", "32");
        person.click("#saveTimingButton");
        person.assertShows("#processingError", "multiple of 5");
        person.type("#processingField", "30");
        person.type("#finishingField", "0");
        person.click("#saveTimingButton");
        person.assertShows("#serviceTimingMessage", "saved.");
    }
}
