package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ReceiptPrinter;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.diagnostics.DiagnosticsRow;
import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterStatus;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.projection.BookingProjection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.VirtualFlow;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk's support tools as support staff use them — the dead-letter badge, the dead-letters screen and
 * the diagnostics screen — on a real H2 data folder whose receipt printer fails or stalls on demand.
 */
@ExtendWith(ApplicationExtension.class)
class DeskSupportUiTest {

    @TempDir
    Path folder;
    private final ReceiptPrinter printer = new ReceiptPrinter();
    private FrontDesk desk;
    private SalonBookings bookings;
    private BackgroundTaskExecutor tasks;
    private FxRobot robot;
    private DeskRobot person;

    @Start
    void openTheBook(Stage stage) {
        desk = TestSalon.open(folder, List.of(printer));
        // The cut asks a deposit, so the booking saga waits for it and confirms nothing by itself: the receipts
        // printer sees only what the desk does here.
        TestSalon.askDeposit(desk, TestSalon.CUT);
        bookings = new SalonBookings(desk);
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        printer.release();
        FxToolkit.cleanupStages();
        tasks.close();
        desk.local().close();
    }

    @Test
    void deadLettersAreCountedOnTheBadgeThenSkippedWithAReasonAndRetriedOnceTheCauseIsFixed(FxRobot robot) {
        use(robot);
        person.assertShows("#deadLetterBadge", "No dead letters");
        printer.failFor(e -> true);
        String ben = bookings.book(TestSalon.BEN, "11:00", "11:45");
        bookings.confirm(ben);
        String anna = bookings.book(TestSalon.ANNA, "12:00", "12:45");
        bookings.awaitHandlers();

        person.assertShows("#deadLetterBadge", "2 dead letters");
        person.click("#deadLetterBadge");
        TableView<DeadLetter> letters = table("#deadLetterTable");
        person.waitUntil("Ben's two letters and Anna's one to be listed", () -> letters.getItems().size() == 3);

        // The filters narrow the list.
        person.choose("#deadLetterStatusFilter", "Waiting behind a dead one");
        person.waitUntil("only Ben's waiting confirmation to be listed", () -> letters.getItems().size() == 1
                && letters.getItems().getFirst().eventType().equals("booking.confirmed"));
        person.choose("#deadLetterStatusFilter", "Any status");
        person.choose("#deadLetterTypeFilter", "booking.created");
        person.waitUntil("only the two bookings to be listed", () -> letters.getItems().size() == 2);
        person.type("#deadLetterSearch", "booking-" + anna);
        person.waitUntil("only Anna's booking to be listed", () -> letters.getItems().size() == 1
                && letters.getItems().getFirst().streamId().equals("booking-" + anna));
        person.choose("#deadLetterHandlerFilter", ReceiptPrinter.NAME);
        person.choose("#deadLetterTypeFilter", "All event types");
        person.type("#deadLetterSearch", "");
        person.waitUntil("all three letters to be listed again", () -> letters.getItems().size() == 3);

        // The person looks at Anna's letter: the event as recorded, and what went wrong.
        clickRow(letters, l -> l.streamId().equals("booking-" + anna));
        person.waitUntil("Anna's booking to show as the payload",
                () -> person.textOf("#deadLetterPayload").contains("\"bookingId\" : \"" + anna + "\""));
        person.assertShows("#deadLetterError", "IllegalStateException: Receipt printer out of paper for booking-" + anna);
        assertThat(person.textOf("#deadLetterCause")).contains("at com.salondesk.app.ReceiptPrinter.handle");

        // A skip without a reason is refused, and nothing is recorded.
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();
        person.click("#skipButton");
        person.type("#answerField", "   ");
        person.click("#answerOkButton");
        person.waitFor("#errorDialog");
        assertThat(robot.lookup("#errorDialog .content").queryLabeled().getText()).startsWith("Say why this event is skipped.");
        person.click("#errorOkButton");
        assertThat(desk.local().log().count()).isEqualTo(events);
        assertThat(statusOf(letters, anna, "booking.created")).isEqualTo(DeadLetterStatus.DEAD);

        // With a reason, the skip is recorded in the log and the letter shows as skipped.
        person.click("#skipButton");
        person.type("#answerField", "Receipt written by hand");
        person.click("#answerOkButton");
        person.waitUntil("Anna's letter to show it was skipped",
                () -> statusOf(letters, anna, "booking.created") == DeadLetterStatus.SKIPPED);
        rowSays(letters, l -> l.streamId().equals("booking-" + anna), "Skipped receipts booking.created");
        person.assertShows("#deadLetterError", "Skipped 1 Dec 2026, 08:00:00: Receipt written by hand");
        assertThat(desk.local().log().readStream("handler-receipts")).singleElement().satisfies(e -> {
            assertThat(e.envelope().type()).isEqualTo("handler.event-skipped");
            assertThat(e.envelope().payload().get("reason").asText()).isEqualTo("Receipt written by hand");
        });
        person.assertShows("#deadLetterBadge", "1 dead letter");

        // The paper is refilled: a retry prints Ben's booking and then the confirmation that waited behind it.
        printer.refill();
        clickRow(letters, l -> l.streamId().equals("booking-" + ben) && l.status() == DeadLetterStatus.DEAD);
        person.click("#retryButton");
        person.assertShows("#deadLetterMessage",
                "Done: receipts has now processed the booking.created event and the 1 event waiting behind it.");
        assertThat(printer.printed).containsExactlyElementsOf(
                desk.local().log().readStream("booking-" + ben).stream().map(RecordedEvent::envelope).map(e -> e.id()).toList());
        person.waitUntil("Ben's letters to show resolved", () -> statusOf(letters, ben, "booking.created")
                == DeadLetterStatus.RESOLVED && statusOf(letters, ben, "booking.confirmed") == DeadLetterStatus.RESOLVED);
        person.assertShows("#deadLetterBadge", "No dead letters");
        assertThat(robot.lookup("#retryAllButton").queryButton().isDisabled()).as("nothing left to retry").isTrue();
    }

    @Test
    void diagnosticsShowAHandlerFallingBehindAndARebuildRunsToTheEnd(FxRobot robot) {
        use(robot);
        person.waitFor("#column-ben");
        printer.stall();
        String booking = bookings.book(TestSalon.BEN, "11:00", "11:45");
        desk.local().awaitProjections();

        person.click("#supportMenu");
        person.click("#diagnosticsMenuItem");
        TableView<DiagnosticsRow> status = table("#diagnosticsTable");
        person.waitUntil("the stalled printer to show it is behind", () -> row(status, ReceiptPrinter.NAME)
                .filter(r -> r.lag() > 0).isPresent());
        rowSays(status, r -> r.name().equals(ReceiptPrinter.NAME), "Event handler receipts");
        rowSays(status, r -> r.name().equals(ReceiptPrinter.NAME), "behind");
        rowSays(status, r -> r.name().equals(BookingProjection.NAME), "Up to date");

        printer.release();
        rowSays(status, r -> r.name().equals(ReceiptPrinter.NAME), "Up to date");

        assertThat(robot.lookup("#rebuildButton").queryButton().isDisabled()).as("nothing chosen to rebuild").isTrue();
        clickRow(status, r -> r.name().equals(BookingProjection.NAME));
        person.click("#rebuildButton");
        ProgressBar progress = (ProgressBar) person.waitFor("#rebuildProgress");
        person.waitUntil("the progress bar to reach 100%", () -> progress.getProgress() == 1.0);
        person.assertShows("#diagnosticsMessage", "booking_projections was rebuilt from");
        person.waitFor("#column-ben #booking-" + booking);
    }

    private void use(FxRobot fxRobot) {
        robot = fxRobot;
        person = new DeskRobot(fxRobot);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return (TableView<T>) person.waitFor(query);
    }

    private <T> void clickRow(TableView<T> table, Predicate<T> which) {
        // New items reach the row nodes on the next layout pulse; a node looked up before it may be dropped.
        WaitForAsyncUtils.waitForFxEvents();
        person.waitUntil("the row to be shown", () -> scrolledTo(table, which).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node row = rowNode(table, which).orElseThrow();
        robot.clickOn(row);
        try {
            person.waitUntil("the row to be selected", () -> table.getSelectionModel().getSelectedItem() != null
                    && which.test(table.getSelectionModel().getSelectedItem()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; selected: " + table.getSelectionModel().getSelectedItem()
                    + "; clicked row in scene: " + (row.getScene() != null) + " at " + row.localToScreen(row.getBoundsInLocal())
                    + "; window at " + table.getScene().getWindow().getX() + "," + table.getScene().getWindow().getY(), e);
        }
    }

    /** On the FX thread: a person scrolls to a row below the window's edge (a table lays out only rows in view). */
    private <T> Optional<Node> rowNode(TableView<T> table, Predicate<T> which) {
        // The desk runs read models and handlers of its own (the till, stock, …) too, so the row may be below the
        // fold: as a person would, scroll to it first.
        table.getItems().stream().filter(which).findFirst().ifPresent(item -> robot.interact(() -> {
            table.scrollTo(item);
            // Scrolled to the last row, the table may stop with that row still below its edge: go on to the end.
            if (table.getItems().indexOf(item) == table.getItems().size() - 1
                    && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollPixels(table.getHeight());
            }
        }));
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && which.test(itemOf(r)) && n.isVisible())
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private static <T> T itemOf(TableRow<?> row) {
        return (T) row.getItem();
    }

    private <T> Optional<Node> scrolledTo(TableView<T> table, Predicate<T> which) {
        // rowNode scrolls on the FX thread: scrolling from the test's thread makes the table build cells off it.
        return rowNode(table, which);
    }

    /** Waits until the row reads {@code text}, cell after cell, as the person reads it. */
    private <T> void rowSays(TableView<T> table, Predicate<T> which, String text) {
        person.waitUntil("the row to read '" + text + "'", () -> scrolledTo(table, which)
                .map(row -> String.join(" ", robot.from(row).lookup(".table-cell").queryAll().stream()
                        .map(cell -> ((Labeled) cell).getText()).filter(t -> t != null && !t.isEmpty()).toList()))
                .filter(shown -> shown.contains(text)).isPresent());
    }

    private static DeadLetterStatus statusOf(TableView<DeadLetter> table, String bookingId, String eventType) {
        return table.getItems().stream()
                .filter(l -> l.streamId().equals("booking-" + bookingId) && l.eventType().equals(eventType))
                .map(DeadLetter::status).findFirst().orElse(null);
    }

    private static Optional<DiagnosticsRow> row(TableView<DiagnosticsRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
