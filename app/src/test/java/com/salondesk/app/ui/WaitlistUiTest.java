package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.waitlist.Wish;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
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
 * The waitlist as the front desk meets it: Kim waits for a cut this morning; Jane's 11:00 with Ben is cancelled in
 * the book; a notice offers Kim the time; "Book it" books it, and the book shows Kim's new booking.
 */
@ExtendWith(ApplicationExtension.class)
class WaitlistUiTest {

    private static final String OFFER = "Kim Lo is waiting for Cut & finish on Tuesday, 1 December 2026 — 11:00 with"
            + " Ben Carter is free. Book it?";

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;
    private String kim;
    private String janesBooking;

    @Start
    void openTheBookWithKimWaiting(Stage stage) {
        desk = TestSalon.open(folder);
        kim = desk.local().setup().registerCustomer(desk.command(),
                new CustomerDetails("Kim Lo", "07700 900222", "kim@example.com", "", true), TestSalon.NOW);
        janesBooking = new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        desk.waitlistPort().join(new Wish(kim, TestSalon.BRANCH, TestSalon.CUT, null, TestSalon.TODAY,
                TestSalon.TODAY, LocalTime.of(10, 30), LocalTime.of(13, 0), ""));
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        desk.close();
    }

    private Optional<Node> withText(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .tryQuery();
    }

    private Optional<BookingView> kimsBooking() {
        return desk.local().queries().bookingsOn(TestSalon.BRANCH, TestSalon.TODAY, TestSalon.LONDON).stream()
                .filter(b -> b.customerId().equals(kim) && b.status() != BookingStatus.CANCELLED).findFirst();
    }

    @Test
    void aCancelledTimeIsOfferedToTheWaitingCustomerAndBookedFromTheNotice(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.waitUntil("Jane's booking to be confirmed by its workflow", () -> person.find("#booking-" + janesBooking)
                .filter(n -> n.getStyleClass().contains("status-confirmed")).isPresent());

        robot.rightClickOn(person.waitFor("#booking-" + janesBooking));
        person.click("#cancelItem");
        person.choose("#cancelCategoryChoice", "Illness");
        person.click("#cancelReasonOkButton");

        person.waitUntil("the notice offering Kim the time", () -> withText(robot, OFFER).isPresent());
        person.waitUntil("the notice's Book it", () -> robot.lookup((Node n) -> n instanceof Button b
                && "Book it".equals(b.getText()) && n.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Book it".equals(b.getText())
                && n.isVisible()).<Node>query());

        person.waitUntil("Kim's booking to be recorded", () -> kimsBooking().isPresent());
        BookingView booked = kimsBooking().orElseThrow();
        assertThat(booked.staffId()).isEqualTo(TestSalon.BEN);
        assertThat(booked.start().atZone(TestSalon.LONDON).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        person.waitFor("#column-ben #booking-" + booked.bookingId());
        assertThat(desk.local().waitlistQueries().open(TestSalon.BRANCH)).isEmpty();
    }

    @Test
    void theWaitlistWindowShowsTheOfferAndBooksIt(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.waitFor("#booking-" + janesBooking);
        desk.local().bookings().cancel(desk.command(), janesBooking, "customer called");
        TestSalon.settle(desk);

        person.click("#waitlistMenu");
        person.click("#waitlistOpenMenuItem");
        person.waitUntil("Kim's offer to be listed", () -> withText(robot,
                "Offered: Tuesday, 1 December 2026, 11:00–11:45 with Ben Carter").isPresent());
        robot.clickOn(withText(robot, "Kim Lo").orElseThrow());
        person.click("#waitlistBookButton");

        person.assertShows("#waitlistMessage", "Kim Lo is booked.");
        person.waitUntil("Kim's booking to be recorded", () -> kimsBooking().isPresent());
        person.waitFor("#column-ben #booking-" + kimsBooking().orElseThrow().bookingId());
    }
}
