package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.RivalDesks;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.task.BackgroundTaskExecutor;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Needs-attention counter and list as the front desk meets them, on the back desk of two real desks that booked
 * Ben's 10:00 while apart: the counter goes up by itself when the back desk learns the server's order, and the
 * lost booking is moved through the list, refused first where its time is taken.
 */
@ExtendWith(ApplicationExtension.class)
class NeedsAttentionUiTest {

    @TempDir
    Path root;
    private RivalDesks desks;
    private BackgroundTaskExecutor tasks;

    @Start
    void openTheBackDesk(Stage stage) {
        desks = RivalDesks.apart(root);
        tasks = new BackgroundTaskExecutor();
        desks.back().show(stage, tasks);
    }

    @AfterEach
    void closeTheDesks() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        desks.close();
    }

    @Test
    void theCounterRisesWithoutAClickAndTheLostBookingIsMovedFromTheList(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.waitFor("#booking-" + desks.loser());
        person.assertShows("#attentionBadge", "Needs attention (0)");

        // The back desk's sync client stores the server's order and rebases, on its own thread.
        Thread sync = Thread.ofPlatform().start(desks::backLearnsTheServersOrder);
        person.assertShows("#attentionBadge", "Needs attention (1)");
        assertThat(person.find("#attentionBadge").orElseThrow().getPseudoClassStates().toString()).contains("alert");
        assertThat(join(sync)).isTrue();

        // In the book, the lost booking is settled from the list only: cancelling it there would leave its entry.
        person.waitUntil("the book to draw the booking as lost", () -> person.find("#booking-" + desks.loser())
                .filter(n -> n.getStyleClass().contains("status-time-lost")).isPresent());
        robot.rightClickOn(person.waitFor("#booking-" + desks.loser()));
        person.waitFor("#timeLostItem");
        // A menu item's node shows its item's state as a pseudo-class, not as Node.disabled.
        PseudoClass disabled = PseudoClass.getPseudoClass("disabled");
        assertThat(person.waitFor("#cancelItem").getPseudoClassStates()).as("no cancelling from the book")
                .contains(disabled);
        assertThat(person.waitFor("#confirmItem").getPseudoClassStates()).contains(disabled);
        robot.push(javafx.scene.input.KeyCode.ESCAPE);

        person.click("#attentionBadge");
        @SuppressWarnings("unchecked")
        TableView<AttentionEntry> list = (TableView<AttentionEntry>) person.waitFor("#attentionTable");
        person.waitUntil("the lost booking to be listed", () -> list.getItems().size() == 1);
        robot.clickOn(person.firstFilledRow(list));
        person.assertShows("#lostCustomer", RivalDesks.JANET);
        person.assertShows("#rivalCustomer", TestSalon.JANE);
        person.assertShows("#lostDesk", RivalDesks.BACK.deviceId());
        person.assertShows("#rivalDesk", RivalDesks.FRONT.deviceId());
        person.assertShows("#lostContact", "07700 900111");

        person.click("#moveButton");
        person.waitFor("#moveBookingDialog");
        person.click("#moveSaveButton");
        person.assertShows("#moveStartError", "already booked");
        person.type("#moveStartField", "11:00");
        person.waitUntil("the end to follow the start",
                () -> ((TextField) person.waitFor("#moveEndField")).getText().equals("11:45"));
        person.click("#moveSaveButton");
        person.waitUntil("the move dialog to close", () -> person.find("#moveBookingDialog").isEmpty());

        person.assertShows("#attentionMessage", "Moved to Ben Carter");
        person.waitUntil("the list to be empty", () -> list.getItems().isEmpty());
        person.assertShows("#attentionBadge", "Needs attention (0)");
        assertThat(desks.back().local().queries().booking(desks.loser()).orElseThrow().holdsTime()).isTrue();
    }

    private static boolean join(Thread thread) {
        try {
            thread.join(30_000);
            return !thread.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
