package com.salondesk.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer on the waitlist: joins with a wish that makes sense, is offered fitting times once each, books or leaves. */
class WaitlistDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String ENTRY = "e-1";
    private static final Wish WISH = new Wish("anna", "mitte", "cut", null, TODAY.plusDays(1), TODAY.plusDays(7),
            LocalTime.of(12, 0), LocalTime.of(18, 0), "any stylist is fine");
    private static final WaitlistEvent.Joined JOINED = new WaitlistEvent.Joined(ENTRY, "anna", "mitte", "cut", null,
            TODAY.plusDays(1), TODAY.plusDays(7), LocalTime.of(12, 0), LocalTime.of(18, 0), "any stylist is fine");
    private static final LocalDateTime TUESDAY_TWO = TODAY.plusDays(1).atTime(14, 0);
    private static final String OFFER = WaitlistDecider.offerIdFor("bk-freed", ENTRY);
    private static final WaitlistEvent.SlotOffered OFFERED = new WaitlistEvent.SlotOffered(ENTRY, OFFER, "bk-freed",
            "ben", TUESDAY_TWO, TUESDAY_TWO.plusMinutes(45), NOW);

    private final DeciderScenario<WaitlistCommand, WaitlistEntry, WaitlistEvent> waitlist =
            DeciderScenario.of(new WaitlistDecider());

    private static WaitlistCommand join(Wish wish) {
        return new WaitlistCommand.Join(ENTRY, wish, TODAY, "maria", NOW);
    }

    private static WaitlistCommand offer(String freed, LocalDateTime start) {
        return new WaitlistCommand.Offer(ENTRY, freed, "ben", start, start.plusMinutes(45), "waitlist-offers", NOW);
    }

    @Test
    void a_customer_joins_with_a_wish() {
        waitlist.given().when(join(WISH)).thenEvents(JOINED);
        waitlist.given(JOINED).when(join(WISH)).thenNothing();
        waitlist.given(JOINED).when(join(new Wish("ben", "mitte", "cut", null, TODAY, TODAY, null, null, "")))
                .thenRejected("waitlist.already-joined");
    }

    @Test
    void a_wish_needs_a_customer_a_service_and_days_in_order_from_today() {
        waitlist.given().when(join(new Wish(" ", "mitte", "cut", null, TODAY, TODAY, null, null, "")))
                .thenRejected("waitlist.customer-required");
        waitlist.given().when(join(new Wish("anna", "mitte", null, null, TODAY, TODAY, null, null, "")))
                .thenRejected("waitlist.service-required");
        waitlist.given().when(join(new Wish("anna", "", "cut", null, TODAY, TODAY, null, null, "")))
                .thenRejected("waitlist.branch-required");
        waitlist.given().when(join(new Wish("anna", "mitte", "cut", null, null, TODAY, null, null, "")))
                .thenRejected("waitlist.dates-required");
        waitlist.given().when(join(new Wish("anna", "mitte", "cut", null, TODAY.plusDays(3), TODAY.plusDays(2), null,
                null, ""))).thenRejected("waitlist.dates-out-of-order");
        waitlist.given().when(join(new Wish("anna", "mitte", "cut", null, TODAY.minusDays(1), TODAY, null, null, "")))
                .thenRejected("waitlist.date-in-past");
        waitlist.given().when(join(new Wish("anna", "mitte", "cut", null, TODAY, TODAY, LocalTime.of(15, 0),
                LocalTime.of(9, 0), ""))).thenRejected("waitlist.times-out-of-order");
        waitlist.given().when(join(new Wish("anna", "mitte", "cut", null, TODAY, TODAY, null, null, "x".repeat(501))))
                .thenRejected("waitlist.note-too-long");
    }

    @Test
    void a_fitting_freed_time_is_offered_once() {
        waitlist.given(JOINED).when(offer("bk-freed", TUESDAY_TWO)).thenEvents(OFFERED);
        waitlist.given(JOINED, OFFERED).when(offer("bk-freed", TUESDAY_TWO)).thenNothing();
        waitlist.given(JOINED, OFFERED).when(offer("bk-other", TUESDAY_TWO)).thenRejected("waitlist.offer-open");
        // Declined once, the same freed time is not offered again.
        waitlist.given(JOINED, OFFERED, new WaitlistEvent.OfferDeclined(ENTRY, OFFER, ""))
                .when(offer("bk-freed", TUESDAY_TWO)).thenNothing();
    }

    @Test
    void a_time_outside_the_wish_is_not_offered() {
        waitlist.given(JOINED).when(offer("bk-freed", TUESDAY_TWO.withHour(9))).thenRejected("waitlist.offer-does-not-fit");
        waitlist.given(JOINED).when(offer("bk-freed", TUESDAY_TWO.plusDays(10))).thenRejected("waitlist.offer-does-not-fit");
        waitlist.given(JOINED).when(offer("bk-freed", TUESDAY_TWO.withHour(17).withMinute(30)))
                .thenRejected("waitlist.offer-does-not-fit");
    }

    @Test
    void a_wish_for_one_stylist_fits_that_stylist_only() {
        Wish withBen = new Wish("anna", "mitte", "cut", "ben", TODAY, TODAY, null, null, "");
        assertThat(withBen.fits("mitte", "ben", TODAY.atTime(10, 0), TODAY.atTime(10, 45))).isTrue();
        assertThat(withBen.fits("mitte", "cleo", TODAY.atTime(10, 0), TODAY.atTime(10, 45))).isFalse();
        assertThat(withBen.fits("ost", "ben", TODAY.atTime(10, 0), TODAY.atTime(10, 45))).isFalse();
    }

    @Test
    void booking_the_offer_closes_the_entry() {
        waitlist.given(JOINED, OFFERED).when(new WaitlistCommand.Book(ENTRY, OFFER, "bk-new", "maria", NOW))
                .thenEvents(new WaitlistEvent.Booked(ENTRY, OFFER, "bk-new"));
        waitlist.given(JOINED, OFFERED, new WaitlistEvent.Booked(ENTRY, OFFER, "bk-new"))
                .when(new WaitlistCommand.Book(ENTRY, OFFER, "bk-new", "maria", NOW)).thenNothing();
        waitlist.given(JOINED).when(new WaitlistCommand.Book(ENTRY, OFFER, "bk-new", "maria", NOW))
                .thenRejected("waitlist.no-open-offer");
        waitlist.given(JOINED, OFFERED, new WaitlistEvent.Booked(ENTRY, OFFER, "bk-new"))
                .when(new WaitlistCommand.Leave(ENTRY, "found another salon", "maria", NOW))
                .thenRejected("waitlist.closed");
        waitlist.given(JOINED, OFFERED, new WaitlistEvent.Booked(ENTRY, OFFER, "bk-new"))
                .when(offer("bk-later", TUESDAY_TWO)).thenRejected("waitlist.closed");
    }

    @Test
    void a_declined_offer_leaves_the_customer_waiting() {
        waitlist.given(JOINED, OFFERED).when(new WaitlistCommand.Decline(ENTRY, OFFER, "not Tuesday", "maria", NOW))
                .thenEvents(new WaitlistEvent.OfferDeclined(ENTRY, OFFER, "not Tuesday"));
        waitlist.given(JOINED, OFFERED, new WaitlistEvent.OfferDeclined(ENTRY, OFFER, "not Tuesday"))
                .when(offer("bk-later", TUESDAY_TWO.plusHours(1)))
                .thenEvents(new WaitlistEvent.SlotOffered(ENTRY, WaitlistDecider.offerIdFor("bk-later", ENTRY),
                        "bk-later", "ben", TUESDAY_TWO.plusHours(1), TUESDAY_TWO.plusHours(1).plusMinutes(45), NOW));
    }

    @Test
    void a_customer_leaves_once() {
        waitlist.given(JOINED, OFFERED).when(new WaitlistCommand.Leave(ENTRY, " booked elsewhere ", "maria", NOW))
                .thenEvents(new WaitlistEvent.Left(ENTRY, "booked elsewhere"));
        waitlist.given(JOINED, new WaitlistEvent.Left(ENTRY, "")).when(new WaitlistCommand.Leave(ENTRY, "", "maria",
                NOW)).thenNothing();
        waitlist.given().when(new WaitlistCommand.Leave(ENTRY, "", "maria", NOW)).thenRejected("waitlist.not-found");
    }

    @Test
    void each_event_decided_again_on_its_own_history_records_it_again() {
        var decider = new WaitlistDecider();
        List<WaitlistEvent> history = List.of(JOINED, OFFERED, new WaitlistEvent.OfferDeclined(ENTRY, OFFER, "no"));
        WaitlistEntry state = decider.initialState();
        for (WaitlistEvent event : history) {
            assertThat(decider.decide(WaitlistDecider.again(event, "maria", NOW), state)).containsExactly(event);
            state = decider.evolve(state, event);
        }
        WaitlistEntry offered = decider.fold(List.of(JOINED, OFFERED));
        var booked = new WaitlistEvent.Booked(ENTRY, OFFER, "bk-new");
        assertThat(decider.decide(WaitlistDecider.again(booked, "maria", NOW), offered)).containsExactly(booked);
        var left = new WaitlistEvent.Left(ENTRY, "moved away");
        assertThat(decider.decide(WaitlistDecider.again(left, "maria", NOW), offered)).containsExactly(left);
    }

    @Test
    void offers_are_the_same_for_the_same_freed_booking_and_entry() {
        assertThat(WaitlistDecider.offerIdFor("bk-freed", ENTRY)).isEqualTo(OFFER)
                .isNotEqualTo(WaitlistDecider.offerIdFor("bk-freed", "e-2"))
                .isNotEqualTo(WaitlistDecider.offerIdFor("bk-other", ENTRY));
    }
}
