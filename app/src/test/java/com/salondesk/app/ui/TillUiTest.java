package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.read.TillView;
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

/** A receptionist's till day on the real screen: open with a float, take cash out for a reason, close a little short. */
@ExtendWith(ApplicationExtension.class)
class TillUiTest {

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
    void openCashOutAndCloseWithADifference(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.click("#tillMenu");
        person.click("#tillMenuItem");
        person.assertShows("#tillStatus", "No till is open on this desk");

        person.type("#floatField", "ten");
        person.click("#openButton");
        person.assertShows("#floatError", "Enter an amount such as 12.50.");
        person.type("#floatField", "150");
        person.click("#openButton");
        person.assertShows("#expectedCash", "£150.00");

        person.type("#amountField", "20");
        person.click("#cashOutButton");
        person.assertShows("#reasonError", "Say why the cash goes in or out.");
        person.type("#reasonField", "window cleaner");
        person.click("#cashOutButton");
        person.assertShows("#expectedCash", "£130.00");
        person.waitUntil("the cash out to be listed", () -> robot.lookup("#movementsTable").queryTableView()
                .getItems().size() == 1);

        person.type("#countedField", "129.50");
        person.assertShows("#differenceLabel", "Difference -£0.50: the drawer is short.");
        person.click("#closeButton");
        person.assertShows("#tillMessage", "The day is closed: counted £129.50, expected £130.00, difference -£0.50.");
        person.assertShows("#tillStatus", "No till is open on this desk");
        person.waitUntil("the day-close report to show the till's difference", () -> robot.lookup("#reportTable")
                .queryTableView().getItems().stream()
                .anyMatch(line -> line.toString().contains("difference") && line.toString().contains("-£0.50")));

        desk.local().awaitProjections();
        TillView closed = desk.local().tillQueries().tillsOf(TestSalon.BRANCH, TestSalon.TODAY).getFirst();
        assertThat(closed.difference()).hasToString("-0.50 GBP");
        assertThat(closed.cashOut()).hasToString("20.00 GBP");
    }
}
