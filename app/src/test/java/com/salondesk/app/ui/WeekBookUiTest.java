package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The book's week (Day|Week toggle) on a real H2 data folder, headless: Tuesday 1 December 2026 is today. */
@ExtendWith(ApplicationExtension.class)
class WeekBookUiTest {

    private static final LocalDate WEDNESDAY = TestSalon.TODAY.plusDays(1);
    private static final LocalDate SATURDAY = TestSalon.TODAY.plusDays(4);
    private static final LocalDate NEXT_TUESDAY = TestSalon.TODAY.plusWeeks(1);

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

    @Test
    void theWeekShowsEachBookingOnItsDayInItsStylistsColumnAndPagesByWeek(FxRobot robot) {
        person = new DeskRobot(robot);
        String annaWednesday = book(TestSalon.ANNA, WEDNESDAY, "10:00", "10:45");
        String benSaturday = book(TestSalon.BEN, SATURDAY, "14:00", "14:45");
        String benNextWeek = book(TestSalon.BEN, NEXT_TUESDAY, "11:00", "11:45");
        person.waitFor("#column-anna");

        person.click("#weekViewToggle");

        Node block = person.waitFor("#week-column-" + WEDNESDAY + "-anna #booking-" + annaWednesday);
        assertThat(((javafx.scene.text.Text) block.lookup(".week-block-text")).getText()).isEqualTo(TestSalon.JANE);
        assertThat(block.getStyleClass()).contains("booking-block");
        person.waitFor("#week-column-" + SATURDAY + "-ben #booking-" + benSaturday);
        assertThat(person.find("#booking-" + benNextWeek)).as("next week's booking is not in this week").isEmpty();
        assertThat(person.find("#week-column-2026-11-30-anna")).as("Anna is off on Mondays").isEmpty();
        person.assertShows("#week-closed-2026-12-06", "Closed");
        person.assertShows("#weekday-count-" + WEDNESDAY, "1 booked");
        person.assertShows("#weekStatus", "2 appointments this week");
        person.assertShows("#weekTitle", "Monday, 30 November 2026 – Sunday, 6 December 2026");

        person.click("#nextWeekButton");
        person.waitFor("#week-column-" + NEXT_TUESDAY + "-ben #booking-" + benNextWeek);
        person.waitUntil("this week's bookings to leave", () -> person.find("#booking-" + annaWednesday).isEmpty());
        person.assertShows("#weekTitle", "Monday, 7 December 2026");

        person.click("#previousWeekButton");
        person.waitFor("#week-column-" + WEDNESDAY + "-anna #booking-" + annaWednesday);
        person.click("#nextWeekButton");
        person.waitFor("#booking-" + benNextWeek);
        person.click("#thisWeekButton");
        person.waitFor("#booking-" + annaWednesday);
    }

    @Test
    void theStaffFilterShowsOneStylistsWeek(FxRobot robot) {
        person = new DeskRobot(robot);
        String annaWednesday = book(TestSalon.ANNA, WEDNESDAY, "10:00", "10:45");
        String benSaturday = book(TestSalon.BEN, SATURDAY, "14:00", "14:45");
        person.click("#weekViewToggle");
        person.waitFor("#booking-" + benSaturday);

        person.choose("#staffFilter", "Anna Berg");

        person.waitUntil("Ben's booking to leave", () -> person.find("#booking-" + benSaturday).isEmpty());
        person.waitFor("#week-column-" + WEDNESDAY + "-anna #booking-" + annaWednesday);
        assertThat(person.find("#week-column-" + SATURDAY + "-ben")).isEmpty();
        person.assertShows("#weekStatus", "Anna Berg: 1 appointment this week");

        person.choose("#staffFilter", "All staff");
        person.waitFor("#booking-" + benSaturday);
    }

    @Test
    void aBookingMadeElsewhereAppearsAndABlockOffersTheDayViewsActions(FxRobot robot) {
        person = new DeskRobot(robot);
        person.click("#weekViewToggle");
        person.waitFor("#weekday-" + SATURDAY);

        // Recorded past the screen, as another desk's booking would arrive: the week reads itself again.
        String id = book(TestSalon.BEN, SATURDAY, "09:00", "09:45");
        // The booking saga confirms it, and the week draws the block anew: the one to click is the confirmed one.
        String query = "#week-column-" + SATURDAY + "-ben #booking-" + id;
        person.waitUntil("the booking to be confirmed by its workflow", () -> person.find(query)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());
        TestSalon.settle(desk);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Node block = person.waitFor(query);

        robot.clickOn(block);
        person.waitFor("#bookingMenu");
        person.waitFor("#cancelItem");
        person.waitFor("#checkInItem");
    }

    @Test
    void doubleClickingADayOpensItInTheDayView(FxRobot robot) {
        person = new DeskRobot(robot);
        String annaWednesday = book(TestSalon.ANNA, WEDNESDAY, "10:00", "10:45");
        person.click("#weekViewToggle");
        settled(annaWednesday);
        Node wednesday = person.waitFor("#weekday-" + WEDNESDAY);

        robot.doubleClickOn(wednesday);

        person.assertShows("#dayTitle", "Wednesday, 2 December 2026");
        person.waitFor("#column-anna #booking-" + annaWednesday);
        assertThat(person.find("#weekGrid")).as("the day took the week's place").isEmpty();
    }

    @Test
    void theDaySheetIsSavedAsAPdfFromTheBooksToolBar(FxRobot robot) {
        person = new DeskRobot(robot);
        book(TestSalon.ANNA, TestSalon.TODAY, "10:00", "10:45");
        person.waitFor("#column-anna .booking-block");

        person.click("#daySheetButton");
        person.waitFor("#daySheetDialog");
        var preview = (javafx.scene.control.ListView<?>) person.waitFor("#daySheetPreview");
        person.waitUntil("the sheet to list Anna's booking", () -> preview.getItems().stream()
                .anyMatch(l -> l.toString().contains("Jane Doe")));
        person.click("#saveDaySheetButton");

        person.assertShows("#daySheetStatus", "Day sheet saved as");
        assertThat(folder.resolve("day-sheets").resolve("day-sheet-soho-2026-12-01.pdf")).exists();
        person.click("#closeDaySheetButton");
    }

    /**
     * Waits until the booking's workflow has confirmed it and the week has drawn that: every read-model update draws
     * the week anew, so a node found before then may be gone by the time it is clicked.
     */
    private Node settled(String bookingId) {
        TestSalon.settle(desk);
        person.waitUntil("the week to show the booking confirmed", () -> person.find("#booking-" + bookingId)
                .filter(n -> n.getStyleClass().contains("status-confirmed") && n.getScene() != null).isPresent());
        return person.waitFor("#booking-" + bookingId);
    }

    private String book(String staffId, LocalDate day, String start, String end) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        String id = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, day.atTime(LocalTime.parse(start)), day.atTime(LocalTime.parse(end)), false));
        desk.local().awaitProjections();
        return id;
    }
}
