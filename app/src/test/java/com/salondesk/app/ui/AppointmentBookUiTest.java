package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonDeskApplication;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The appointment book as the front desk uses it, on a real H2 data folder, on JavaFX's headless platform. */
@ExtendWith(ApplicationExtension.class)
class AppointmentBookUiTest {

    private static final String CUT = "Cut & finish · 45 min · £55.00";
    private static final String COLOUR = "Full colour · 90 min · £120.00";
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
        closeDesk();
    }

    @Test
    void aBookingMadeInTheDialogAppearsInTheStylistsColumn(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#column-anna");

        String id = bookJaneWithAnnaAtTen();

        // The booking saga confirms it: the cut uses no products and asks no deposit.
        person.waitUntil("the booking to be confirmed by its workflow", () -> person.find("#column-anna #booking-" + id)
                .filter(n -> n.getStyleClass().containsAll(List.of("booking-block", "status-confirmed"))).isPresent());
        Node block = person.waitFor("#column-anna #booking-" + id);
        assertThat(texts(block)).containsExactly("10:00–10:45", TestSalon.JANE, "Cut & finish");
        assertThat(person.find("#newBookingDialog")).as("the dialog closed").isEmpty();
    }

    @Test
    void theDayButtonsTurnThePagesAndTheBookShowsWhoIsOffAndWhenItIsClosed(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#column-anna");
        assertThat(person.find("#column-anna .off-duty-time")).as("Anna starts at 10:00").isPresent();
        assertThat(person.find("#column-ben .off-duty-time")).as("Ben works all opening hours").isEmpty();

        person.click("#previousDayButton");
        person.assertShows("#dayTitle", "Monday, 30 November 2026");
        assertThat(person.find("#column-anna")).as("Anna is off on Mondays").isEmpty();
        assertThat(person.find("#column-ben")).isPresent();

        person.click("#previousDayButton");
        person.assertShows("#dayPlaceholder", "The branch is closed on this day.");
        person.assertShows("#statusLabel", "The branch is closed on Sundays.");

        person.click("#todayButton");
        person.assertShows("#dayTitle", "Tuesday, 1 December 2026");
        person.click("#nextDayButton");
        person.assertShows("#dayTitle", "Wednesday, 2 December 2026");
        DatePicker picker = (DatePicker) person.waitFor("#datePicker");
        assertThat(picker.getValue()).isEqualTo(TestSalon.TODAY.plusDays(1));
    }

    @Test
    void anOverlappingSlotIsRefusedWithTheReasonInTheDialog(FxRobot robot) {
        person = new DeskRobot(robot);
        String first = bookDirectly(TestSalon.ANNA, "10:00", "10:45");
        person.waitFor("#booking-" + first);
        // The booking saga has confirmed it before the log is counted.
        TestSalon.settle(desk);
        long events = desk.local().log().count();

        person.click("#newBookingButton");
        pickJane();
        person.choose("#serviceChoice", CUT);
        person.choose("#staffChoice", ANNA);
        person.type("#startTimeField", "10:30");
        person.click("#saveBookingButton");

        person.assertShows("#bookingError", "The stylist is already booked 10:00–10:45 on 1 Dec 2026");
        assertThat(person.find("#newBookingDialog")).as("the dialog stays open").isPresent();
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void wrongFieldsAreExplainedBesideThemAndNothingIsWritten(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#column-anna");
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();

        person.click("#newBookingButton");
        person.choose("#staffChoice", ANNA);
        person.choose("#serviceChoice", COLOUR);
        person.type("#startTimeField", "09:15");
        person.click("#saveBookingButton");

        person.assertShows("#customerError", "Choose a customer from the suggestions, or add a new one.");
        person.assertShows("#staffError", "Anna Berg does not do Full colour.");
        person.assertShows("#startError", "Anna Berg works 10:00–17:00 on Tuesdays.");

        person.choose("#staffChoice", BEN);
        person.type("#startTimeField", "17:00");
        assertThat(person.textOf("#endTimeField")).isEqualTo("18:30");
        person.assertShows("#endError", "Soho closes at 18:00.");
        assertThat(person.find("#staffError").map(Node::isVisible)).contains(false);

        person.click("#saveBookingButton");
        assertThat(person.find("#newBookingDialog")).isPresent();
        assertThat(desk.local().log().count()).as("nothing was written").isEqualTo(events);
    }

    @Test
    void cancellingFromTheContextMenuAsksWhyAndShowsTheBookingCancelled(FxRobot robot) {
        person = new DeskRobot(robot);
        String id = bookDirectly(TestSalon.BEN, "11:00", "11:45");
        // The booking saga confirms it first (the book draws the block anew then).
        person.waitUntil("the booking to be confirmed by its workflow", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());
        Node block = person.waitFor("#booking-" + id);

        robot.rightClickOn(block);
        person.click("#cancelItem");
        // Without a reason the dialog will not cancel, and says why.
        assertThat(person.waitFor("#cancelReasonOkButton").isDisabled()).isTrue();
        person.assertShows("#cancelReasonError", "Choose why the booking is cancelled.");
        person.choose("#cancelCategoryChoice", "Illness");
        person.type("#cancelNoteField", "Customer has flu");
        person.click("#cancelReasonOkButton");

        person.waitUntil("the block to show it is cancelled", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-cancelled")).isPresent());
        BookingView cancelled = bookingsToday().getFirst();
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Customer has flu");
        // The block says why, category first, in its tooltip and to a screen reader.
        person.waitUntil("the block to say why it was cancelled", () -> person.find("#booking-" + id)
                .map(Node::getAccessibleText).filter(t -> t.endsWith("Cancelled (Illness: Customer has flu)")).isPresent());
    }

    @Test
    void aBookingCanBeConfirmedFromTheKeyboard(FxRobot robot) {
        person = new DeskRobot(robot);
        // With a deposit asked, the booking saga waits for it and leaves the booking requested: the desk confirms.
        TestSalon.askDeposit(desk, TestSalon.CUT);
        String id = bookDirectly(TestSalon.BEN, "11:00", "11:45");
        person.waitUntil("the book to show it waiting for the deposit", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-awaiting-deposit")).isPresent());
        Node block = person.waitFor("#booking-" + id);

        robot.interact(block::requestFocus);
        robot.push(KeyCode.ENTER);
        // A menu item's node shows its item's state as a pseudo-class, not as Node.disabled.
        assertThat(person.waitFor("#completeItem").getPseudoClassStates()).as("a requested booking cannot be completed")
                .contains(PseudoClass.getPseudoClass("disabled"));
        assertThat(person.waitFor("#confirmItem").getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("disabled"));
        person.click("#confirmItem");

        person.waitUntil("the block to show it is confirmed", () -> person.find("#booking-" + id)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());
    }

    @Test
    void theBookingIsStillThereWhenTheAppStartsAgainOnTheSameFolder(FxRobot robot) throws Exception {
        person = new DeskRobot(robot);
        person.waitFor("#column-anna");
        String id = bookJaneWithAnnaAtTen();
        FxToolkit.cleanupStages();
        closeDesk();

        Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder);
        try {
            // The book opens on the real today once it has loaded the branches; only then turn the page.
            ComboBox<?> branches = (ComboBox<?>) person.waitFor("#branchSelector");
            person.waitUntil("the book to open on the desk's branch", () -> branches.getValue() != null);
            DatePicker day = (DatePicker) person.waitFor("#datePicker");
            robot.interact(() -> day.setValue(TestSalon.TODAY));
            person.waitUntil("the booking, confirmed by its workflow", () -> person.find("#column-anna #booking-" + id)
                    .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());
            assertThat(texts(person.waitFor("#column-anna #booking-" + id))).contains(TestSalon.JANE);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aCustomerWhoIsNotOnFileCanBeAddedFromTheBookingDialog(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#column-ben");

        person.click("#newBookingButton");
        person.type("#customerField", "Priya Raman");
        person.click("#newCustomerButton");
        assertThat(person.textOf("#customerNameField")).isEqualTo("Priya Raman");
        person.type("#customerEmailField", "priya.example.org");
        person.click("#saveCustomerButton");
        person.assertShows("#customerEmailError", "does not look like an e-mail address");

        person.type("#customerEmailField", "priya@example.org");
        person.type("#customerPhoneField", "07700 900456");
        person.click("#saveCustomerButton");
        person.waitUntil("the customer dialog to close", () -> person.find("#newCustomerDialog").isEmpty());
        assertThat(person.textOf("#customerField")).isEqualTo("Priya Raman · 07700 900456");

        person.choose("#serviceChoice", COLOUR);
        person.choose("#staffChoice", BEN);
        person.type("#startTimeField", "14:00");
        person.click("#saveBookingButton");

        person.waitUntil("Priya's colour to be in the book", () -> person.find("#column-ben .booking-block")
                .filter(block -> texts(block).contains("Priya Raman")).isPresent());
    }

    @Test
    void addingACustomerWhoIsOnFileAlreadyOffersTheOneOnFile(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#column-ben");
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();

        person.click("#newBookingButton");
        person.click("#newCustomerButton");
        person.type("#customerNameField", "Jane Doe");
        person.type("#customerPhoneField", "+44 20 7946 0000");
        person.click("#saveCustomerButton");

        person.assertShows("#customerDuplicateWarning", "Jane Doe · +44 20 7946 0000 is already a customer.");
        person.click("#useExistingCustomerButton");
        person.waitUntil("the customer dialog to close", () -> person.find("#newCustomerDialog").isEmpty());
        assertThat(person.textOf("#customerField")).isEqualTo("Jane Doe · +44 20 7946 0000");
        assertThat(desk.local().log().count()).as("no second Jane Doe").isEqualTo(events);
    }

    @Test
    void doubleClickingAnEmptySlotOpensTheFormForThatStylist(FxRobot robot) {
        person = new DeskRobot(robot);
        Node column = person.waitFor("#column-ben");

        robot.doubleClickOn(column);

        person.waitFor("#newBookingDialog");
        assertThat(person.textOf("#startTimeField")).matches("(09|1[0-7]):(00|15|30|45)");
        @SuppressWarnings("unchecked")
        var staff = (javafx.scene.control.ComboBox<com.salondesk.app.port.StaffView>)
                person.waitFor("#staffChoice");
        assertThat(staff.getValue().staffId()).isEqualTo(TestSalon.BEN);
    }

    private String bookJaneWithAnnaAtTen() {
        person.click("#newBookingButton");
        pickJane();
        person.choose("#serviceChoice", CUT);
        person.choose("#staffChoice", ANNA);
        person.type("#startTimeField", "10:00");
        assertThat(person.textOf("#endTimeField")).as("the end follows the service").isEqualTo("10:45");
        person.click("#saveBookingButton");
        person.waitUntil("the dialog to close", () -> person.find("#newBookingDialog").isEmpty());
        List<BookingView> booked = bookingsToday();
        assertThat(booked).hasSize(1);
        return booked.getFirst().bookingId();
    }

    private void pickJane() {
        person.type("#customerField", "Jane D");
        // Clicking the field again would close the suggestions; a person picks from them directly.
        person.pick(".auto-complete-popup .list-cell", "Jane Doe · +44 20 7946 0000");
        person.waitUntil("Jane to be chosen", () -> person.textOf("#customerField").equals("Jane Doe · +44 20 7946 0000"));
    }

    private String bookDirectly(String staffId, String start, String end) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        String id = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse(start)),
                TestSalon.TODAY.atTime(LocalTime.parse(end)), false));
        desk.local().awaitProjections();
        return id;
    }

    private List<BookingView> bookingsToday() {
        desk.local().awaitProjections();
        return desk.local().queries().bookingsOn(TestSalon.BRANCH, TestSalon.TODAY, TestSalon.LONDON);
    }

    private static List<String> texts(Node block) {
        return ((Region) block).getChildrenUnmodifiable().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void closeDesk() {
        if (tasks != null) {
            tasks.close();
            tasks = null;
        }
        if (desk != null) {
            desk.local().close();
            desk = null;
        }
    }
}
