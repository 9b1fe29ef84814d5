package com.salondesk.app.newbooking;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewBookingViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private NewBookingViewModel form;

    @BeforeEach
    void openSalon() {
        desk = TestSalon.open(folder);
        form = formFor(TestSalon.TODAY, null, null);
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void booksWhenEveryFieldIsRight() {
        fillIn(form, TestSalon.ANNA, TestSalon.CUT, "10:00");

        assertThat(form.endTextProperty().get()).isEqualTo("10:45");
        assertThat(form.save()).isTrue();

        String id = form.savedBookingIdProperty().get();
        assertThat(id).isNotNull();
        BookingView booked = desk.local().queries().booking(id).orElseThrow();
        assertThat(booked.customerName()).isEqualTo(TestSalon.JANE);
        assertThat(booked.staffId()).isEqualTo(TestSalon.ANNA);
        assertThat(booked.start()).isEqualTo(TestSalon.TODAY.atTime(10, 0).atZone(TestSalon.LONDON).toInstant());
        assertThat(booked.end()).isEqualTo(TestSalon.TODAY.atTime(10, 45).atZone(TestSalon.LONDON).toInstant());
    }

    @Test
    void endFollowsTheServiceUntilChangedByHand() {
        form.startTextProperty().set("11:00");
        form.serviceProperty().set(service(TestSalon.COLOUR));
        assertThat(form.endTextProperty().get()).isEqualTo("12:30");

        form.serviceProperty().set(service(TestSalon.CUT));
        assertThat(form.endTextProperty().get()).isEqualTo("11:45");

        form.endTextProperty().set("12:00");
        form.staffProperty().set(staff(TestSalon.BEN));
        assertThat(form.endTextProperty().get()).isEqualTo("12:00");

        form.startTextProperty().set("930");
        assertThat(form.endTextProperty().get()).isEqualTo("10:15");
    }

    @Test
    void offersOnlyStaffWhoDoTheService() {
        assertThat(form.staffChoices()).extracting(StaffView::staffId).containsExactly(TestSalon.ANNA, TestSalon.BEN);

        form.serviceProperty().set(service(TestSalon.COLOUR));

        assertThat(form.staffChoices()).extracting(StaffView::staffId).containsExactly(TestSalon.BEN);
    }

    @Test
    void keepsListingTheChosenStylistWhoDoesNotDoTheNewService() {
        form.staffProperty().set(staff(TestSalon.ANNA));

        form.serviceProperty().set(service(TestSalon.COLOUR));

        assertThat(form.staffProperty().get().staffId()).isEqualTo(TestSalon.ANNA);
        assertThat(form.staffChoices()).extracting(StaffView::staffId).containsExactly(TestSalon.ANNA, TestSalon.BEN);
    }

    @Test
    void refusesAStylistForAServiceTheyDoNotDoAndWritesNothing() {
        fillIn(form, TestSalon.ANNA, TestSalon.COLOUR, "10:00");
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();

        assertThat(form.save()).isFalse();

        assertThat(form.staffErrorProperty().get()).isEqualTo("Anna Berg does not do Full colour. Choose someone who does.");
        assertThat(form.customerErrorProperty().get()).isEmpty();
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void refusesAStartOutsideOpeningOrWorkingHours() {
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();
        fillIn(form, TestSalon.ANNA, TestSalon.CUT, "08:30");
        assertThat(form.save()).isFalse();
        assertThat(form.startErrorProperty().get()).isEqualTo("Soho is open 09:00–18:00 on Tuesdays.");

        form.startTextProperty().set("09:15");
        assertThat(form.startErrorProperty().get()).isEqualTo("Anna Berg works 10:00–17:00 on Tuesdays.");

        form.startTextProperty().set("quarter past");
        assertThat(form.startErrorProperty().get()).startsWith("Enter the start as hh:mm");
        assertThat(form.save()).isFalse();
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void refusesAnEndAfterClosingOrAfterTheStylistLeaves() {
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();
        fillIn(form, TestSalon.BEN, TestSalon.COLOUR, "17:00");
        assertThat(form.endTextProperty().get()).isEqualTo("18:30");

        assertThat(form.save()).isFalse();
        assertThat(form.endErrorProperty().get()).isEqualTo("Soho closes at 18:00.");

        form.staffProperty().set(staff(TestSalon.ANNA));
        form.serviceProperty().set(service(TestSalon.CUT));
        form.startTextProperty().set("16:30");
        assertThat(form.endErrorProperty().get()).isEqualTo("Anna Berg finishes at 17:00 on Tuesdays.");
        assertThat(form.save()).isFalse();
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void refusesABookingWithoutACustomer() {
        form.serviceProperty().set(service(TestSalon.CUT));
        form.staffProperty().set(staff(TestSalon.BEN));
        form.startTextProperty().set("10:00");
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();

        assertThat(form.save()).isFalse();

        assertThat(form.customerErrorProperty().get()).startsWith("Choose a customer");
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void typingOverAChosenCustomerForgetsTheChoice() {
        form.chooseCustomer(form.suggestCustomers("jane doe").getFirst());
        assertThat(form.customerProperty().get()).isNotNull();

        form.customerTextProperty().set("Jane Do");

        assertThat(form.customerProperty().get()).isNull();
    }

    @Test
    void suggestsCustomersByNameOrPhone() {
        assertThat(form.suggestCustomers("jan")).extracting(c -> c.name()).containsExactly(TestSalon.JANE, "Janet Hill");
        assertThat(form.suggestCustomers("07700 900111")).extracting(c -> c.name()).containsExactly("Janet Hill");
        assertThat(form.suggestCustomers("j")).isEmpty();
    }

    @Test
    void showsWhyATakenSlotCannotBeBooked() {
        String customer = form.suggestCustomers("jane doe").getFirst().customerId();
        desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(10, 0), TestSalon.TODAY.atTime(10, 45), false));
        fillIn(form, TestSalon.BEN, TestSalon.CUT, "10:30");
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();

        form.save();

        assertThat(form.savedBookingIdProperty().get()).isNull();
        assertThat(form.bookingErrorProperty().get())
                .isEqualTo("This booking cannot be made: The stylist is already booked 10:00–10:45 on 1 Dec 2026,"
                           + " which overlaps 10:30–11:15.");
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void aRefusalGoesOnceAnyChoiceItSpokeOfChanges() {
        // Another customer holds Ben's 10:00, so the refusal is the stylist's alone (not Jane's own day as well).
        String janet = form.suggestCustomers("janet").getFirst().customerId();
        desk.local().bookings().book(desk.command(), new NewBooking(janet, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(10, 0), TestSalon.TODAY.atTime(10, 45), false));
        fillIn(form, TestSalon.BEN, TestSalon.CUT, "10:30");

        for (Runnable change : List.<Runnable>of(
                () -> form.staffProperty().set(staff(TestSalon.ANNA)),
                () -> form.startTextProperty().set("11:00"),
                () -> form.endTextProperty().set("11:30"),
                () -> form.dateProperty().set(TestSalon.TODAY.plusDays(1)),
                () -> form.serviceProperty().set(service(TestSalon.COLOUR)),
                () -> form.customerTextProperty().set("Janet"))) {
            fillIn(form, TestSalon.BEN, TestSalon.CUT, "10:30");
            form.dateProperty().set(TestSalon.TODAY);
            form.save();
            assertThat(form.bookingErrorProperty().get()).startsWith("This booking cannot be made");

            change.run();

            assertThat(form.bookingErrorProperty().get()).as("the refusal is gone").isEmpty();
        }
    }

    @Test
    void showsBesideTheCustomerThatSheIsAlreadyBookedWithAnotherStylistThen() {
        String customer = form.suggestCustomers("jane doe").getFirst().customerId();
        desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, TestSalon.ANNA,
                TestSalon.CUT, TestSalon.TODAY.atTime(10, 0), TestSalon.TODAY.atTime(10, 45), false));
        fillIn(form, TestSalon.BEN, TestSalon.CUT, "10:30");
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();

        form.save();

        assertThat(form.savedBookingIdProperty().get()).isNull();
        assertThat(form.customerErrorProperty().get()).isEqualTo("The customer is already booked 10:00–10:45 on"
                + " 1 Dec 2026 (with another stylist), which overlaps 10:30–11:15.");
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void anEmptySlotPrefillsTheStylistAndStart() {
        NewBookingViewModel slot = formFor(TestSalon.TODAY, TestSalon.BEN, LocalTime.of(14, 15));

        assertThat(slot.staffProperty().get().staffId()).isEqualTo(TestSalon.BEN);
        assertThat(slot.startTextProperty().get()).isEqualTo("14:15");
    }

    private void fillIn(NewBookingViewModel f, String staffId, String serviceId, String start) {
        f.chooseCustomer(f.suggestCustomers("jane doe").getFirst());
        f.staffProperty().set(staff(staffId));
        f.serviceProperty().set(service(serviceId));
        f.startTextProperty().set(start);
    }

    private NewBookingViewModel formFor(LocalDate date, String staffId, LocalTime start) {
        BranchView branch = desk.days().branches().stream().filter(b -> b.branchId().equals(TestSalon.BRANCH))
                .findFirst().orElseThrow();
        return new NewBookingViewModel(desk.bookings(), desk.customers(), new CurrentThreadTaskExecutor(), branch,
                date, desk.days().services(), desk.days().staffOf(TestSalon.BRANCH), staffId, start);
    }

    private ServiceView service(String id) {
        return desk.days().services().stream().filter(s -> s.serviceId().equals(id)).findFirst().orElseThrow();
    }

    private StaffView staff(String id) {
        return desk.days().staffOf(TestSalon.BRANCH).stream().filter(s -> s.staffId().equals(id)).findFirst()
                .orElseThrow();
    }
}
