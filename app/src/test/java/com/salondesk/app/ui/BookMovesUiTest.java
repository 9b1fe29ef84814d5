package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalTime;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * Moving bookings on the book with the mouse, as a receptionist does: a drag to another stylist and time (a ghost shows
 * where it lands) and Undo, a drag into taken time refused with the reason where it was dropped, a resize at the
 * bottom edge, and a walk-in booked at the first free slot. A real desk on H2, on JavaFX's headless platform.
 */
@ExtendWith(ApplicationExtension.class)
class BookMovesUiTest {

    /** DayGrid.PIXELS_PER_MINUTE: how far a minute is on the grid. */
    private static final double MINUTE = 1.3;

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
    void closeTheDesk() {
        try {
            FxToolkit.cleanupStages();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            tasks.close();
            desk.local().close();
        }
    }

    @Test
    void aBookingDraggedToAnotherStylistAndTimeMovesAndUndoMovesItBack(FxRobot robot) {
        person = new DeskRobot(robot);
        String id = bookDirectly(TestSalon.ANNA, "10:00", "10:45");
        Node block = confirmedBlock(id);

        Bounds from = block.localToScreen(block.getBoundsInLocal());
        Node bensColumn = person.waitFor("#column-ben");
        // Taken 5 px below its top, dropped 5 px below 11:00 in Ben's column: the block starts at 11:00.
        double top = block.getBoundsInParent().getMinY();
        Point2D to = bensColumn.localToScreen(30, top + 60 * MINUTE + 5);
        robot.drag(new Point2D(from.getMinX() + 30, from.getMinY() + 5), MouseButton.PRIMARY).moveTo(to);
        person.assertShows("#dragGhost", "11:00–11:45");
        robot.release(MouseButton.PRIMARY);

        person.waitUntil("the booking to be with Ben at 11:00", () -> shows(id, TestSalon.BEN, "11:00", "11:45"));
        person.waitFor("#column-ben #booking-" + id);
        assertThat(person.find("#dragGhost").filter(Node::isVisible)).as("the ghost is gone").isEmpty();
        person.waitUntil("Undo to be offered", () -> !person.waitFor("#undoButton").isDisabled());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);

        person.waitUntil("the booking to be back with Anna at 10:00", () -> shows(id, TestSalon.ANNA, "10:00", "10:45"));
        person.waitFor("#column-anna #booking-" + id);
        person.waitUntil("Undo to be spent", () -> person.waitFor("#undoButton").isDisabled());
    }

    @Test
    void aDragIntoTakenTimeIsRefusedWithTheReasonWhereItWasDroppedAndTheBlockStays(FxRobot robot) {
        person = new DeskRobot(robot);
        bookDirectly(TestSalon.BEN, "11:00", "11:45");
        String id = bookDirectly(TestSalon.ANNA, "12:00", "12:45");
        Node block = confirmedBlock(id);
        TestSalon.settle(desk);
        long events = desk.local().log().count();

        Bounds from = block.localToScreen(block.getBoundsInLocal());
        double top = block.getBoundsInParent().getMinY();
        Point2D to = person.waitFor("#column-ben").localToScreen(30, top - 30 * MINUTE + 5);
        robot.drag(new Point2D(from.getMinX() + 30, from.getMinY() + 5), MouseButton.PRIMARY).dropTo(to);

        person.assertShows("#dropRefusal", "Ben Carter is already booked 11:00–11:45.");
        Node refusal = person.waitFor("#dropRefusal");
        Bounds shown = refusal.localToScreen(refusal.getBoundsInLocal());
        assertThat(Math.abs(shown.getMinY() - (to.getY() - 5))).as("shown where it was dropped").isLessThan(8);
        assertThat(shows(id, TestSalon.ANNA, "12:00", "12:45")).as("the booking stays").isTrue();
        person.waitFor("#column-anna #booking-" + id);
        assertThat(desk.local().log().count()).as("nothing recorded").isEqualTo(events);
        assertThat(person.waitFor("#undoButton").isDisabled()).isTrue();

        person.click("#dropRefusal");
        person.waitUntil("the refusal to close", () -> person.find("#dropRefusal").filter(Node::isVisible).isEmpty());
    }

    @Test
    void draggingTheBottomEdgeMakesTheBookingLonger(FxRobot robot) {
        person = new DeskRobot(robot);
        String id = bookDirectly(TestSalon.ANNA, "10:00", "10:45");
        Node block = confirmedBlock(id);

        Bounds from = block.localToScreen(block.getBoundsInLocal());
        Point2D edge = new Point2D(from.getMinX() + 30, from.getMaxY() - 2);
        Point2D to = new Point2D(edge.getX(), from.getMinY() + 90 * MINUTE);
        robot.drag(edge, MouseButton.PRIMARY).moveTo(to);
        person.assertShows("#dragGhost", "10:00–11:30");
        robot.release(MouseButton.PRIMARY);

        person.waitUntil("the booking to end at 11:30", () -> shows(id, TestSalon.ANNA, "10:00", "11:30"));
    }

    @Test
    void aWalkInIsBookedAtTheFirstFreeSlotWithWhoeverIsFree(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#column-ben");
        // The desk's clock says 08:00; the branch opens at 09:00, where Ben (not Anna, who starts at 10:00) is free.
        bookDirectly(TestSalon.BEN, "09:00", "09:45");

        person.click("#walkInButton");
        person.type("#customerField", "Janet");
        person.pick(".auto-complete-popup .list-cell", "Janet Hill · 07700 900111");
        person.choose("#serviceChoice", "Cut & finish · 45 min · £55.00");

        person.waitUntil("the first free slot to be filled in", () -> "09:45".equals(person.textOf("#startTimeField")));
        assertThat(((ComboBox<?>) person.waitFor("#staffChoice")).getValue()).extracting("name")
                .isEqualTo("Ben Carter");
        person.click("#saveBookingButton");
        person.waitUntil("the dialog to close", () -> person.find("#newBookingDialog").isEmpty());

        desk.local().awaitProjections();
        assertThat(desk.local().queries().bookingsOn(TestSalon.BRANCH, TestSalon.TODAY, TestSalon.LONDON))
                .filteredOn(b -> b.customerName().equals("Janet Hill"))
                .singleElement()
                .satisfies(b -> assertThat(local(b.start()) + " " + b.staffId()).isEqualTo("09:45 ben"));
    }

    @Test
    void theKeysTurnDaysAndWeeksAndTheToggleColoursByStylist(FxRobot robot) {
        person = new DeskRobot(robot);
        String id = bookDirectly(TestSalon.ANNA, "10:00", "10:45");
        confirmedBlock(id);

        robot.push(KeyCode.PAGE_DOWN);
        person.assertShows("#dayTitle", "Wednesday, 2 December 2026");
        robot.push(KeyCode.SHIFT, KeyCode.PAGE_DOWN);
        person.assertShows("#dayTitle", "Wednesday, 9 December 2026");
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        person.assertShows("#dayTitle", "Tuesday, 8 December 2026");
        robot.push(KeyCode.SHIFT, KeyCode.ALT, KeyCode.LEFT);
        person.assertShows("#dayTitle", "Tuesday, 1 December 2026");
        robot.push(KeyCode.PAGE_UP);
        person.assertShows("#dayTitle", "Monday, 30 November 2026");
        robot.push(KeyCode.HOME);
        person.assertShows("#dayTitle", "Tuesday, 1 December 2026");

        person.click("#colourByStylistButton");
        person.waitUntil("the block to take Anna's colour", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().containsAll(java.util.List.of("by-stylist", "stylist-0"))).isPresent());
        person.click("#colourByStatusButton");
        person.waitUntil("the block to take its status colour again", () -> person.find("#booking-" + id)
                .filter(n -> !n.getStyleClass().contains("by-stylist")
                             && n.getStyleClass().contains("status-confirmed")).isPresent());

        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        person.waitFor("#newBookingDialog");
    }

    /**
     * The booking's block once the booking saga has confirmed it and the book has drawn everything the desk recorded
     * (a block drawn anew under the pointer would take the press away from the one the test measured).
     */
    private Node confirmedBlock(String id) {
        person.waitUntil("the booking to be confirmed by its workflow", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());
        TestSalon.settle(desk);
        person.waitUntil("the book to have read the day", () -> !person.waitFor("#appointmentBook").getParent()
                .getScene().lookup("#loadingIndicator").isVisible());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        person.waitUntil("the book to have read the day", () -> !person.waitFor("#appointmentBook").getParent()
                .getScene().lookup("#loadingIndicator").isVisible());
        return person.waitFor("#booking-" + id);
    }

    private boolean shows(String id, String staffId, String start, String end) {
        desk.local().awaitProjections();
        BookingView booking = desk.local().queries().booking(id).orElseThrow();
        return booking.staffId().equals(staffId) && local(booking.start()).equals(start)
               && local(booking.end()).equals(end);
    }

    private static String local(java.time.Instant at) {
        return at.atZone(TestSalon.LONDON).toLocalTime().toString();
    }

    private String bookDirectly(String staffId, String start, String end) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        String id = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse(start)),
                TestSalon.TODAY.atTime(LocalTime.parse(end)), false));
        desk.local().awaitProjections();
        return id;
    }
}
