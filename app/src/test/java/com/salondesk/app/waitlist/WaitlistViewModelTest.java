package com.salondesk.app.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.waitlist.Wish;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The waitlist's screens on a real desk: the "Add to waitlist" form says what is wrong beside the field and stores
 * nothing; a cancelled time is offered in words; "Book it" books it and the entry leaves the list.
 */
class WaitlistViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private WaitlistScreens screens;
    private String kim;
    private String janesBooking;

    @BeforeEach
    void janeHasBenAtTwo() {
        desk = TestSalon.open(folder);
        screens = desk.waitlistScreens(Runnable::run);
        kim = desk.local().setup().registerCustomer(desk.command(),
                new CustomerDetails("Kim Lo", "07700 900222", "kim@example.com", "", true), TestSalon.NOW);
        janesBooking = new SalonBookings(desk).book(TestSalon.BEN, "14:00", "14:45");
        desk.local().awaitProjections();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private JoinWaitlistViewModel form() {
        JoinWaitlistViewModel form = screens.joinWaitlist(new CurrentThreadTaskExecutor());
        form.load();
        return form;
    }

    private void fillIn(JoinWaitlistViewModel form) {
        CustomerView customer = form.suggestCustomers("kim").getFirst();
        form.chooseCustomer(customer);
        ServiceView cut = form.services().stream().filter(s -> s.serviceId().equals(TestSalon.CUT)).findFirst()
                .orElseThrow();
        form.service().set(cut);
        form.from().set(TestSalon.TODAY);
        form.to().set(TestSalon.TODAY);
        form.earliestText().set("13:00");
        form.latestText().set("16:00");
    }

    private WaitlistViewModel list() {
        WaitlistViewModel list = screens.waitlist(new CurrentThreadTaskExecutor());
        list.refresh();
        return list;
    }

    @Test
    void an_empty_form_says_what_is_missing_beside_each_field_and_stores_nothing() {
        JoinWaitlistViewModel form = form();
        form.earliestText().set("half past two");

        assertThat(form.save()).isFalse();

        assertThat(form.customerError().get()).startsWith("Choose a customer");
        assertThat(form.serviceError().get()).isEqualTo("Choose the service the customer is waiting for.");
        assertThat(form.timesError().get()).isEqualTo("Enter times as hh:mm, e.g. 14:00, or leave them empty.");
        assertThat(list().rows()).isEmpty();
    }

    @Test
    void days_out_of_order_are_refused_beside_the_days() {
        JoinWaitlistViewModel form = form();
        fillIn(form);
        form.from().set(TestSalon.TODAY.plusDays(3));

        form.save();

        assertThat(form.daysError().get()).contains("is before the first day");
        assertThat(form.saved().get()).isFalse();
        assertThat(list().rows()).isEmpty();
    }

    @Test
    void a_customer_on_the_list_is_shown_with_the_wish() {
        JoinWaitlistViewModel form = form();
        fillIn(form);
        form.note().set("after school");

        assertThat(form.save()).isTrue();

        assertThat(form.saved().get()).isTrue();
        WaitlistViewModel.Row row = list().rows().getFirst();
        assertThat(row.customer()).isEqualTo("Kim Lo");
        assertThat(row.wish()).isEqualTo(
                "Cut & finish with anyone, Tuesday, 1 December 2026, between 13:00 and 16:00 — after school");
        assertThat(row.hasOffer()).isFalse();
    }

    @Test
    void a_cancelled_time_is_offered_in_words_and_booked_from_the_notice() throws Exception {
        desk.waitlistPort().join(new Wish(kim, TestSalon.BRANCH, TestSalon.CUT, null, TestSalon.TODAY,
                TestSalon.TODAY, LocalTime.of(13, 0), LocalTime.of(16, 0), ""));
        List<WaitlistOffersViewModel.OfferNotice> shown = new CopyOnWriteArrayList<>();
        WaitlistOffersViewModel offers = screens.offers(new CurrentThreadTaskExecutor());
        offers.start(shown::add);

        desk.local().bookings().cancel(desk.command(), janesBooking, "customer called");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (shown.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(shown).singleElement().satisfies(notice -> assertThat(notice.text()).isEqualTo(
                "Kim Lo is waiting for Cut & finish on Tuesday, 1 December 2026 — 14:00 with Ben Carter is free."
                        + " Book it?"));
        WaitlistViewModel list = list();
        assertThat(list.rows().getFirst().offer()).isEqualTo("Offered: Tuesday, 1 December 2026, 14:00–14:45 with Ben Carter");

        List<WaitlistOffersViewModel.Outcome> outcomes = new CopyOnWriteArrayList<>();
        offers.bookIt(shown.getFirst(), outcomes::add);

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.booked()).isTrue());
        list.refresh();
        assertThat(list.rows()).isEmpty();
        assertThat(desk.local().queries().bookingsOn(TestSalon.BRANCH, TestSalon.TODAY, TestSalon.LONDON))
                .filteredOn(b -> b.customerId().equals(kim)).singleElement()
                .satisfies(b -> assertThat(b.status()).isNotEqualTo(BookingStatus.CANCELLED));
        offers.close();
    }

    @Test
    void an_offer_taken_meanwhile_is_refused_in_words_and_stays_on_the_list() {
        desk.waitlistPort().join(new Wish(kim, TestSalon.BRANCH, TestSalon.CUT, null, TestSalon.TODAY,
                TestSalon.TODAY, null, null, ""));
        desk.local().bookings().cancel(desk.command(), janesBooking, "customer called");
        TestSalon.settle(desk);
        String janet = desk.local().queries().searchCustomers("janet", 1).getFirst().customerId();
        desk.local().bookings().book(desk.command(), new NewBooking(janet, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(14, 0), TestSalon.TODAY.atTime(14, 45), false));
        WaitlistViewModel list = list();
        assertThat(list.rows().getFirst().hasOffer()).isTrue();

        list.bookIt(list.rows().getFirst());

        assertThat(list.message().get()).isNotEmpty().doesNotContain("Exception");
        assertThat(list.rows()).singleElement().satisfies(r -> assertThat(r.hasOffer()).isTrue());
    }
}
