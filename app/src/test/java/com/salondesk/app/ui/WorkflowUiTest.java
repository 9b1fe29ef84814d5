package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.Money;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A booking's workflow (its confirmation saga) as the book shows it, on a real desk, on JavaFX's headless platform. */
@ExtendWith(ApplicationExtension.class)
class WorkflowUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;
    private DeskRobot person;

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

    private String book(String start) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        LocalTime from = LocalTime.parse(start);
        return desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(from), TestSalon.TODAY.atTime(from.plusMinutes(45)), false));
    }

    private List<String> stepLines() {
        ListView<?> steps = (ListView<?>) person.waitFor("#workflowSteps");
        return steps.getItems().stream().map(item -> {
            var line = (com.salondesk.app.workflow.WorkflowViewModel.StepLine) item;
            return line.status() + " " + line.step();
        }).toList();
    }

    @Test
    void aBookingTheWorkflowConfirmedShowsEveryStepDone(FxRobot robot) {
        person = new DeskRobot(robot);
        String id = book("11:00");
        person.waitUntil("the workflow to confirm the booking", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());

        robot.rightClickOn(person.waitFor("#booking-" + id));
        person.click("#workflowItem");

        person.waitFor("#workflowDialog");
        person.waitUntil("the steps to be read", () -> stepLines().size() == 2);
        assertThat(stepLines()).containsExactly("✓ done Reserve the products", "✓ done Confirm the booking");
        person.assertShows("#workflowStage", "Done: the booking is confirmed");
        person.click("#workflowCloseButton");
    }

    @Test
    void aBookingWaitingForItsDepositIsMarkedInTheBookAndItsWorkflowSaysUntilWhen(FxRobot robot) {
        person = new DeskRobot(robot);
        desk.local().store().execute(desk.command(), ServiceDecider.streamId(TestSalon.CUT), new ServiceDecider(),
                ServiceEvent.class, new ServiceCommand.ChangeDeposit(TestSalon.CUT, Money.of("20.00", "GBP"), 24,
                        TestSalon.NOW));
        String id = book("14:00");

        person.waitUntil("the book to mark it waiting for its deposit", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-awaiting-deposit")).isPresent());
        Node block = person.waitFor("#booking-" + id);
        assertThat(block.getAccessibleText()).contains("Waiting for the deposit");

        robot.rightClickOn(block);
        person.click("#workflowItem");
        person.waitUntil("the steps to be read", () -> stepLines().size() == 3);
        assertThat(stepLines()).containsExactly("✓ done Reserve the products", "… waiting Take the deposit",
                "○ not yet Confirm the booking");
        person.assertShows("#workflowStage", "Waiting for the deposit");
        // The deposit is due 24 hours after booking, or at the start if that comes first: today at 14:00.
        assertThat(person.textOf("#workflowDeadline")).startsWith("Must be done by").contains("14:00");
    }
}
