package com.salondesk.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.shared.DomainRejection;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerProfileViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @BeforeEach
    void openSalon() {
        desk = TestSalon.open(folder);
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    private CustomerView customer(String typed) {
        return desk.customerRecords().search(typed, 1).getFirst().customer();
    }

    private CustomerProfileViewModel profileOf(String typed) {
        var profile = new CustomerProfileViewModel(desk.customerRecords(), tasks, customer(typed).customerId());
        profile.refresh();
        return profile;
    }

    @Test
    void showsTheDetailsAndTheBookingsToCome() {
        new SalonBookings(desk).book(TestSalon.ANNA, "11:00", "11:45");
        desk.local().awaitProjections();

        var profile = profileOf("jane doe");

        assertThat(profile.nameProperty().get()).isEqualTo("Jane Doe");
        assertThat(profile.upcoming()).singleElement().satisfies(v -> {
            assertThat(v.stylist()).isEqualTo("Anna Berg");
            assertThat(v.service()).isEqualTo("Cut & finish");
            assertThat(v.outcome()).isEqualTo("requested");
        });
        assertThat(profile.summaryProperty().get()).startsWith("0 past visits · 1 to come · 0 no-shows · 0 cancelled");
    }

    @Test
    void badDetailsAreRefusedBesideTheFieldAndNothingIsStored() {
        var profile = profileOf("jane doe");
        long events = desk.local().log().count();

        profile.emailProperty().set("jane-at-example");
        assertThat(profile.save()).isFalse();

        assertThat(profile.emailErrorProperty().get()).isEqualTo("'jane-at-example' does not look like an e-mail address.");
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void changedDetailsAreStoredAndFoundBySearch() {
        var profile = profileOf("jane doe");

        profile.phoneProperty().set("07700 900555");
        profile.marketingConsentProperty().set(false);
        assertThat(profile.save()).isTrue();

        assertThat(profile.statusProperty().get()).isEqualTo("Saved.");
        assertThat(customer("07700 900555").name()).isEqualTo("Jane Doe");
        assertThat(customer("07700 900555").marketingConsent()).isFalse();
    }

    @Test
    void mergingADuplicateKeepsTheChosenDetailsAndItsBookingsAndRefusesItNewOnes() {
        String janetsBooking = desk.local().bookings().book(desk.command(), new NewBooking(
                customer("janet").customerId(), TestSalon.BRANCH, TestSalon.BEN, TestSalon.CUT,
                TestSalon.TODAY.atTime(LocalTime.parse("14:00")), TestSalon.TODAY.atTime(LocalTime.parse("14:45")),
                false));
        desk.local().awaitProjections();
        CustomerView jane = customer("jane doe");
        String janetId = customer("janet").customerId();

        var merge = new MergeCustomersViewModel(desk.customerRecords(), tasks, jane);
        merge.searchTextProperty().set("jan");
        merge.search();
        assertThat(merge.candidates()).extracting(CustomerView::name).containsExactly("Janet Hill");
        merge.duplicateProperty().set(merge.candidates().getFirst());
        merge.takeDuplicatesProperty(MergeCustomersViewModel.Field.PHONE).set(true);
        assertThat(merge.merge()).isTrue();
        assertThat(merge.mergedProperty().get()).isTrue();

        var profile = new CustomerProfileViewModel(desk.customerRecords(), tasks, janetId);
        profile.refresh();
        assertThat(profile.customerIdProperty().get()).isEqualTo(jane.customerId());
        assertThat(profile.phoneProperty().get()).isEqualTo("07700 900111");
        assertThat(profile.upcoming()).extracting(VisitRow::bookingId).containsExactly(janetsBooking);
        assertThat(desk.customerRecords().search("janet", 5)).extracting(m -> m.customer().name())
                .containsExactly("Jane Doe");

        try {
            desk.local().bookings().book(desk.command(), new NewBooking(janetId, TestSalon.BRANCH, TestSalon.BEN,
                    TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse("16:00")),
                    TestSalon.TODAY.atTime(LocalTime.parse("16:45")), false));
            throw new AssertionError("a merged-away record took a booking");
        } catch (DomainRejection refused) {
            assertThat(refused.text(java.util.Locale.ENGLISH))
                    .isEqualTo("Janet Hill was merged into Jane Doe's record; book Jane Doe instead.");
        }
    }
}
