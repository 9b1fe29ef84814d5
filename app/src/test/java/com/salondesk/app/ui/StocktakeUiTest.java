package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.TestStock;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.port.StockMovementView;
import com.salondesk.app.stock.MovementFormViewModel;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import javafx.scene.control.TableView;
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
 * A stocktake through the real Stock screen: opened from the Stock menu of the main window, two products counted
 * (a wrong count refused beside its field first), the difference shown before recording, and the level and the
 * product's movements after it.
 */
@ExtendWith(ApplicationExtension.class)
class StocktakeUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;

    @Start
    void openTheDesk(Stage stage) {
        desk = TestSalon.open(folder);
        TestStock.record(desk);
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        desk.local().close();
    }

    private StockLevelView level(String productId) {
        return desk.stock().levels().stream().filter(l -> l.productId().equals(productId)).findFirst().orElseThrow();
    }

    @Test
    void aStocktakeShowsTheDifferenceBeforeItIsRecordedAndThenTheLevelFollowsTheCount(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.click("#stockMenu");
        person.click("#stockLevelsMenuItem");
        person.waitFor("#stock-" + TestStock.SHAMPOO);
        person.assertShows("#stockHead", "3 products, 1 low.");

        person.click("#stocktakeButton");
        person.waitFor("#movementFormDialog");
        long before = desk.local().log().headPosition();

        person.choose("#productChoice", "Silk conditioner 200 ml");
        person.type("#quantityField", "-1");
        person.click("#addLineButton");
        person.assertShows("#quantityError", "A counted amount cannot be below zero.");

        person.choose("#productChoice", "Repair shampoo 250 ml");
        person.type("#quantityField", "6");
        person.click("#addLineButton");
        person.choose("#productChoice", "Silk conditioner 200 ml");
        person.type("#quantityField", "3");
        person.click("#addLineButton");

        @SuppressWarnings("unchecked")
        TableView<MovementFormViewModel.FormLine> lines =
                (TableView<MovementFormViewModel.FormLine>) person.waitFor("#linesTable");
        person.waitUntil("both counts to be listed", () -> lines.getItems().size() == 2);
        assertThat(person.textOf("#summaryLabel")).isEqualTo("2 products counted, 1 difference.");
        person.waitUntil("the shampoo's difference to show", () -> robot.from(lines).lookup(".table-cell")
                .queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Labeled l
                        && "-2 pcs".equals(l.getText())));
        assertThat(desk.local().log().headPosition()).as("nothing recorded before Record").isEqualTo(before);

        person.click("#recordMovementButton");
        person.waitUntil("the form to close", () -> person.find("#movementFormDialog").isEmpty());
        person.assertShows("#stockMessage", "The stocktake is recorded.");
        assertThat(level(TestStock.SHAMPOO).onHand()).isEqualByComparingTo("6");
        assertThat(level(TestStock.CONDITIONER).onHand()).isEqualByComparingTo("3");

        javafx.scene.Node row = person.waitFor("#stock-" + TestStock.SHAMPOO);
        // The headless window system lets the owner come to the front when the form closes; a person's desktop
        // keeps the Stock window above it.
        robot.interact(() -> ((Stage) row.getScene().getWindow()).toFront());
        robot.clickOn(row);
        person.assertShows("#movementsTitle", "Movements of Repair shampoo 250 ml");
        @SuppressWarnings("unchecked")
        TableView<StockMovementView> movements = (TableView<StockMovementView>) person.waitFor("#movementsTable");
        person.waitUntil("the stocktake to head the movements", () -> !movements.getItems().isEmpty()
                && movements.getItems().getFirst().kind() == StockMovementView.Kind.COUNTED);
    }
}
