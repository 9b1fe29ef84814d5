package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
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
 * The book and the new-booking dialog read well: released bookings never cover a live one or each other,
 * short appointments show whose they are, and a refusal is shown whole and goes once its cause has changed.
 */
@ExtendWith(ApplicationExtension.class)
class BookReadabilityUiTest {

    private static final LocalDate MONDAY = TestSalon.TODAY.minusDays(1);
    private static final String CUT = "Cut & finish · 45 min · £55.00";
    private static final String ANNA = "Anna Berg (Stylist)";
    private static final String BEN = "Ben Carter (Colourist)";

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
        desk.close();
    }

    @Test
    void aLiveBookingInTheSlotOfACancelledAndANoShowStaysReadableAndClickable(FxRobot robot) {
        String noShow = book(TestSalon.BEN, MONDAY, "11:00", "11:45");
        desk.bookings().markNoShow(noShow);
        String cancelled = book(TestSalon.BEN, MONDAY, "11:00", "11:45");
        desk.bookings().cancel(cancelled, new CancelReason(CancelReason.Category.ILLNESS, "Customer has flu"));
        String live = book(TestSalon.BEN, MONDAY, "11:00", "11:45");
        person = new DeskRobot(robot);
        person.waitFor("#column-ben");
        person.click("#previousDayButton");

        Region liveBlock = (Region) person.waitFor("#booking-" + live);
        Region noShowBlock = (Region) person.waitFor("#booking-" + noShow);
        Region cancelledBlock = (Region) person.waitFor("#booking-" + cancelled);
        Region column = (Region) person.waitFor("#column-ben");

        assertThat(apart(liveBlock, noShowBlock)).as("the no-show covers no part of the live booking").isTrue();
        assertThat(apart(liveBlock, cancelledBlock)).as("the cancellation covers no part of the live booking").isTrue();
        assertThat(apart(noShowBlock, cancelledBlock)).as("the released bookings lie side by side").isTrue();
        assertThat(liveBlock.getWidth()).as("the live booking keeps most of the column")
                .isGreaterThan(0.6 * column.getWidth());
        assertThat(wholeText(liveBlock, ".block-customer")).isEqualTo(TestSalon.JANE);

        robot.rightClickOn(liveBlock);
        person.click("#confirmItem");
        person.waitUntil("the live booking to be confirmed", () -> person.find("#booking-" + live)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());
    }

    @Test
    void aBookingThatLostItsTimeToAnotherDeskIsDrawnAsideNeverOverTheWinner(FxRobot robot) {
        String lost = book(TestSalon.BEN, MONDAY, "16:00", "16:45");
        loseTime(lost);
        String winner = book(TestSalon.BEN, MONDAY, "16:00", "16:45");
        person = new DeskRobot(robot);
        person.waitFor("#column-ben");
        person.click("#previousDayButton");

        Region winnerBlock = (Region) person.waitFor("#booking-" + winner);
        Region lostBlock = (Region) person.waitFor("#booking-" + lost);
        Region column = (Region) person.waitFor("#column-ben");
        // Shown is not yet laid out: on a busy machine the next pulse may still be to come.
        person.waitUntil("the column to be laid out", () -> column.getWidth() > 0 && winnerBlock.getWidth() > 0);

        assertThat(apart(winnerBlock, lostBlock)).as("the lost booking covers no part of the winner").isTrue();
        assertThat(winnerBlock.getWidth()).as("the winner keeps most of the column")
                .isGreaterThan(0.6 * column.getWidth());
        assertThat(lostBlock.getStyleClass()).contains("status-time-lost");
        assertThat(wholeText(lostBlock, ".block-time")).isEqualTo("Time lost");
    }

    /** What a sync rebase records when another desk's booking took this one's time (see command.Rebase). */
    private void loseTime(String bookingId) {
        var backEnd = desk.local();
        var booking = backEnd.store().load("booking-" + bookingId, new com.salondesk.domain.booking.BookingDecider(),
                com.salondesk.domain.booking.BookingEvent.class).state();
        var branch = backEnd.store().load("branch-" + TestSalon.BRANCH, new com.salondesk.domain.branch.BranchDecider(),
                com.salondesk.domain.branch.BranchEvent.class).state();
        var plan = com.salondesk.domain.booking.BookingPolicy.loseTime(booking, branch, TestSalon.BEN, MONDAY,
                List.of("another-desks-booking"), "schedule.slot-taken", "maria", TestSalon.NOW).orElseThrow();
        backEnd.store().execute(desk.command(), List.of(
                com.salondesk.persistence.command.AggregateStore.Step.on("booking-" + bookingId,
                        new com.salondesk.domain.booking.BookingDecider(), com.salondesk.domain.booking.BookingEvent.class,
                        plan.booking()),
                com.salondesk.persistence.command.AggregateStore.Step.on(
                        com.salondesk.domain.booking.BookingPolicy.staffDayStream(plan.staffDay()),
                        new com.salondesk.domain.schedule.StaffDayDecider(),
                        com.salondesk.domain.schedule.StaffDayEvent.class, plan.staffDay()),
                com.salondesk.persistence.command.AggregateStore.Step.on(
                        com.salondesk.domain.booking.BookingPolicy.customerDayStream(plan.customerDay()),
                        new com.salondesk.domain.schedule.CustomerDayDecider(),
                        com.salondesk.domain.schedule.CustomerDayEvent.class, plan.customerDay())));
        backEnd.awaitProjections();
    }

    @Test
    void aCancellationAndANoShowInTheSameSlotAreDrawnSideBySide(FxRobot robot) {
        String noShow = book(TestSalon.BEN, MONDAY, "14:00", "14:45");
        desk.bookings().markNoShow(noShow);
        String cancelled = book(TestSalon.BEN, MONDAY, "14:00", "14:45");
        desk.bookings().cancel(cancelled,
                new CancelReason(CancelReason.Category.CUSTOMER_ASKED, "Moved to next week"));
        person = new DeskRobot(robot);
        person.waitFor("#column-ben");
        person.click("#previousDayButton");

        Region noShowBlock = (Region) person.waitFor("#booking-" + noShow);
        Region cancelledBlock = (Region) person.waitFor("#booking-" + cancelled);
        Region column = (Region) person.waitFor("#column-ben");

        assertThat(apart(noShowBlock, cancelledBlock)).isTrue();
        for (Region block : List.of(noShowBlock, cancelledBlock)) {
            assertThat(block.getWidth()).as("each has half the column").isGreaterThan(0.4 * column.getWidth());
            assertThat(wholeText(block, ".block-customer")).isEqualTo(TestSalon.JANE);
        }
    }

    @Test
    void aFifteenMinuteBookingShowsTheCustomersName(FxRobot robot) {
        String quick = book(TestSalon.BEN, TestSalon.TODAY, "15:00", "15:15");
        person = new DeskRobot(robot);

        Region block = (Region) person.waitFor("#column-ben #booking-" + quick);

        person.waitUntil("the name to be shown in full", () -> wholeText(block, ".block-customer")
                .equals(TestSalon.JANE));
        Node name = block.lookup(".block-customer");
        Bounds shown = block.localToScene(block.getLayoutBounds());
        assertThat(shown.contains(name.localToScene(name.getLayoutBounds()))).as("the name lies inside the block")
                .isTrue();
        assertThat(wholeText(block, ".block-time")).isEqualTo("15:00–15:15");
    }

    @Test
    void aRefusalIsShownWholeAndGoesWhenTheStylistOrTimeChanges(FxRobot robot) {
        book(TestSalon.ANNA, TestSalon.TODAY, "10:00", "10:45");
        person = new DeskRobot(robot);
        person.waitFor("#column-anna .booking-block");

        person.click("#newBookingButton");
        person.type("#customerField", "Jane D");
        person.pick(".auto-complete-popup .list-cell", "Jane Doe · +44 20 7946 0000");
        person.choose("#serviceChoice", CUT);
        person.choose("#staffChoice", ANNA);
        person.type("#startTimeField", "10:30");
        person.click("#saveBookingButton");

        person.assertShows("#bookingError", "which overlaps 10:30–11:15");
        Label refusal = (Label) person.waitFor("#bookingError");
        person.waitUntil("the refusal to be shown on more than one line, in full", () ->
                refusal.getHeight() > 1.5 * lineHeight(refusal) && wholeText(refusal).equals(refusal.getText()));
        Node dialog = person.waitFor("#newBookingDialog");
        assertThat(dialog.localToScene(dialog.getLayoutBounds())
                .contains(refusal.localToScene(refusal.getLayoutBounds()))).as("the dialog has room for it").isTrue();

        person.choose("#staffChoice", BEN);
        person.waitUntil("the refusal to go when the stylist changes", () -> !refusal.isVisible());

        person.choose("#staffChoice", ANNA);
        person.click("#saveBookingButton");
        person.assertShows("#bookingError", "which overlaps 10:30–11:15");
        person.type("#startTimeField", "11:00");
        person.waitUntil("the refusal to go when the time changes", () -> !refusal.isVisible());
    }

    private String book(String staffId, LocalDate day, String start, String end) {
        String customer = desk.customers().search("jane doe", 1).getFirst().customerId();
        return desk.bookings().book(new NewBooking(customer, TestSalon.BRANCH, staffId, TestSalon.CUT,
                day.atTime(LocalTime.parse(start)), day.atTime(LocalTime.parse(end)), false));
    }

    /** Whether two blocks share no pixel on screen. */
    private static boolean apart(Node a, Node b) {
        Bounds one = a.localToScene(a.getLayoutBounds());
        Bounds other = b.localToScene(b.getLayoutBounds());
        return one.getMaxX() <= other.getMinX() || other.getMaxX() <= one.getMinX()
               || one.getMaxY() <= other.getMinY() || other.getMaxY() <= one.getMinY();
    }

    /** The text a label really shows (a label cut short ends in an ellipsis). */
    private static String wholeText(Node block, String labelQuery) {
        return wholeText((Label) block.lookup(labelQuery));
    }

    private static String wholeText(Label label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }

    private static double lineHeight(Label label) {
        Text line = new Text("Xg");
        line.setFont(label.getFont());
        return line.getLayoutBounds().getHeight();
    }
}
