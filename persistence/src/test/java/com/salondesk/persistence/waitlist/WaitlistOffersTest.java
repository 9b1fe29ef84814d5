package com.salondesk.persistence.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.waitlist.Wish;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.read.WaitlistEntryView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The waitlist on a real desk: a cancelled booking's time is offered to the customer who waits longest for it, once,
 * only when it fits the wish, only on the desk that cancelled; booking the offer books the time and closes the entry.
 */
class WaitlistOffersTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    private static final LocalDateTime TWO_PM = TUESDAY.atTime(14, 0);
    private static final Clock CLOCK = TestChain.clockFrom("2026-11-30T08:00:00Z");

    @TempDir
    Path folder;

    private DeskBackEnd desk;
    private TestChain chain;
    private String kim;
    private String lee;
    private String janesBooking;

    @BeforeEach
    void janeHasTuesdayAtTwoWithAnna() {
        desk = DeskBackEnd.open(folder, CLOCK);
        desk.identity().initialise(TestChain.DESK);
        chain = TestChain.setUp(desk);
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        kim = desk.setup().registerCustomer(TestChain.ctx(),
                new CustomerDetails("Kim Lo", "+44 20 7946 0001", "kim@example.com", "", true), now);
        lee = desk.setup().registerCustomer(TestChain.ctx(),
                new CustomerDetails("Lee Ray", "+44 20 7946 0002", "lee@example.com", "", true), now);
        janesBooking = desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                TestChain.STYLIST, TestChain.CUT, TWO_PM, TWO_PM.plusMinutes(45), false));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String waitFor(String customerId, LocalTime earliest, LocalTime latest) {
        return desk.waitlist().join(TestChain.ctx(), new Wish(customerId, TestChain.BRANCH, TestChain.CUT, null,
                TUESDAY, TUESDAY, earliest, latest, "after work"));
    }

    private WaitlistEntryView entry(String entryId) {
        TestChain.settle(desk);
        return desk.waitlistQueries().entry(entryId).orElseThrow();
    }

    private long offersRecorded() {
        return desk.log().readAfter(0, 10_000).stream().filter(e -> e.type().equals("waitlist.slot-offered")).count();
    }

    @Test
    void a_cancelled_time_is_offered_to_the_customer_waiting_longest() {
        String kimWaits = waitFor(kim, LocalTime.of(13, 0), LocalTime.of(16, 0));
        String leeWaits = waitFor(lee, LocalTime.of(13, 0), LocalTime.of(16, 0));

        desk.bookings().cancel(TestChain.ctx(), janesBooking, "moved away");

        WaitlistEntryView offered = entry(kimWaits);
        assertThat(offered.status()).isEqualTo("OFFERED");
        assertThat(offered.customerName()).isEqualTo("Kim Lo");
        assertThat(offered.serviceName()).isEqualTo("Cut & finish");
        WaitlistEntryView.Offer offer = offered.offer().orElseThrow();
        assertThat(offer.freedBookingId()).isEqualTo(janesBooking);
        assertThat(offer.staffId()).isEqualTo(TestChain.STYLIST);
        assertThat(offer.staffName()).isEqualTo("Anna Berg");
        assertThat(offer.start()).isEqualTo(TWO_PM);
        assertThat(offer.end()).isEqualTo(TWO_PM.plusMinutes(45));
        assertThat(entry(leeWaits).status()).isEqualTo("WAITING");
        assertThat(desk.waitlistQueries().offers(TestChain.BRANCH)).extracting(WaitlistEntryView::entryId)
                .containsExactly(kimWaits);
    }

    @Test
    void a_time_outside_the_wish_is_not_offered() {
        String morningOnly = waitFor(kim, LocalTime.of(9, 0), LocalTime.of(12, 0));

        desk.bookings().cancel(TestChain.ctx(), janesBooking, "moved away");

        assertThat(entry(morningOnly).status()).isEqualTo("WAITING");
        assertThat(offersRecorded()).isZero();
    }

    @Test
    void a_release_delivered_again_offers_nothing_more() {
        String kimWaits = waitFor(kim, null, null);
        String leeWaits = waitFor(lee, null, null);
        desk.bookings().cancel(TestChain.ctx(), janesBooking, "moved away");
        assertThat(entry(kimWaits).status()).isEqualTo("OFFERED");

        RecordedEvent release = desk.log().readStream(StaffDayDecider.streamId(TestChain.STYLIST, TUESDAY), 0).stream()
                .filter(e -> e.event() instanceof StaffDayEvent.SlotReleased).findFirst().orElseThrow();
        WaitlistOffers again = new WaitlistOffers(desk.waitlist(), desk.waitlistQueries(), desk.store(), desk.log(),
                desk.identity()::read, desk.availability()::branch, position -> desk.awaitProjections(), CLOCK);
        again.handle(null, release);
        again.handle(null, release);

        assertThat(offersRecorded()).isEqualTo(1);
        assertThat(entry(leeWaits).status()).isEqualTo("WAITING");
    }

    @Test
    void a_release_recorded_by_another_desk_is_offered_there_not_here() {
        String kimWaits = waitFor(kim, null, null);
        desk.identity().replace(new DeskIdentity("acme", "soho", "another-desk"));

        desk.bookings().cancel(TestChain.ctx(), janesBooking, "moved away");

        assertThat(entry(kimWaits).status()).isEqualTo("WAITING");
        assertThat(offersRecorded()).isZero();
    }

    @Test
    void booking_the_offer_books_the_time_and_closes_the_entry() {
        String kimWaits = waitFor(kim, null, null);
        desk.bookings().cancel(TestChain.ctx(), janesBooking, "moved away");
        assertThat(entry(kimWaits).status()).isEqualTo("OFFERED");

        String booked = desk.waitlist().bookOffer(TestChain.ctx(), kimWaits);

        WaitlistEntryView closed = entry(kimWaits);
        assertThat(closed.status()).isEqualTo("BOOKED");
        assertThat(closed.bookingId()).isEqualTo(booked);
        List<BookingView> tuesday = desk.queries().bookingsOn(TestChain.BRANCH, TUESDAY, ZoneId.of("Europe/London"));
        assertThat(tuesday).filteredOn(b -> b.bookingId().equals(booked)).singleElement().satisfies(b -> {
            assertThat(b.customerId()).isEqualTo(kim);
            assertThat(b.staffId()).isEqualTo(TestChain.STYLIST);
        });
        assertThatThrownBy(() -> desk.waitlist().bookOffer(TestChain.ctx(), kimWaits))
                .isInstanceOf(DomainRejection.class).extracting(e -> ((DomainRejection) e).code())
                .isEqualTo("waitlist.closed");
        assertThat(desk.waitlistQueries().open(TestChain.BRANCH)).isEmpty();
    }

    @Test
    void an_offer_taken_meanwhile_is_refused_and_the_entry_keeps_its_offer() {
        String kimWaits = waitFor(kim, null, null);
        desk.bookings().cancel(TestChain.ctx(), janesBooking, "moved away");
        assertThat(entry(kimWaits).status()).isEqualTo("OFFERED");
        desk.bookings().book(TestChain.ctx(), new NewBooking(lee, TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT,
                TWO_PM, TWO_PM.plusMinutes(45), false));

        assertThatThrownBy(() -> desk.waitlist().bookOffer(TestChain.ctx(), kimWaits))
                .isInstanceOf(DomainRejection.class);

        assertThat(entry(kimWaits).status()).isEqualTo("OFFERED");
    }

    @Test
    void a_wish_is_checked_before_anything_is_recorded() {
        assertThatThrownBy(() -> desk.waitlist().join(TestChain.ctx(), new Wish(kim, TestChain.BRANCH, TestChain.CUT,
                null, TUESDAY.plusDays(2), TUESDAY, null, null, ""))).isInstanceOf(DomainRejection.class)
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("waitlist.dates-out-of-order");
        TestChain.settle(desk);
        assertThat(desk.waitlistQueries().open(TestChain.BRANCH)).isEmpty();
    }
}
