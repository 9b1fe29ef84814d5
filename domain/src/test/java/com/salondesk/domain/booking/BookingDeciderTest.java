package com.salondesk.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BookingDeciderTest {

    private static final String ID = "bk-1";
    private static final String DESK = "maria";
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant END = Instant.parse("2026-11-26T10:45:00Z");
    private static final Instant BEFORE = START.minusSeconds(3600);
    private static final Money PRICE = Money.of("55.00", "GBP");
    private static final BookingDetails DETAILS = BookingDetails.single("cu-jo", "soho", "st-maria", "cut", START, END, PRICE);

    private static final BookingEvent CREATED =
            BookingEvent.Created.single(ID, "cu-jo", "soho", "st-maria", "cut", START, END, PRICE);
    private static final BookingEvent CONFIRMED = new BookingEvent.Confirmed(ID);
    private static final BookingEvent CHECKED_IN = new BookingEvent.CheckedIn(ID);
    private static final BookingEvent COMPLETED = new BookingEvent.Completed(ID);
    private static final BookingEvent NO_SHOW = new BookingEvent.NoShowRecorded(ID);
    private static final BookingEvent CANCELLED = new BookingEvent.Cancelled(ID, "customer is ill");

    private final DeciderScenario<BookingCommand, Booking, BookingEvent> booking = DeciderScenario.of(new BookingDecider());

    private static BookingCommand request(BookingDetails details) {
        return new BookingCommand.Request(ID, details, DESK, BEFORE);
    }

    private static BookingCommand confirm() {
        return new BookingCommand.Confirm(ID, DESK, BEFORE);
    }

    private static BookingCommand checkIn() {
        return new BookingCommand.CheckIn(ID, DESK, START);
    }

    private static BookingCommand complete() {
        return new BookingCommand.Complete(ID, DESK, END);
    }

    private static BookingCommand noShow(Instant now) {
        return new BookingCommand.MarkNoShow(ID, DESK, now);
    }

    private static BookingCommand cancel(String reason) {
        return new BookingCommand.Cancel(ID, reason, DESK, BEFORE);
    }

    @Test
    void a_booking_goes_from_requested_to_confirmed_to_checked_in_to_completed() {
        List<BookingEvent> history = new ArrayList<>();
        booking.given(history).when(request(DETAILS)).thenEvents(CREATED);
        history.add(CREATED);
        booking.given(history).when(confirm()).thenEvents(CONFIRMED);
        history.add(CONFIRMED);
        booking.given(history).when(checkIn()).thenEvents(CHECKED_IN);
        history.add(CHECKED_IN);
        booking.given(history).when(complete()).thenEvents(COMPLETED);
        history.add(COMPLETED);

        Booking done = new BookingDecider().fold(history);
        assertThat(done).isEqualTo(new Booking.Completed(ID, DETAILS));
        assertThat(done.status().holdsTime()).isTrue();
    }

    @Nested
    class Requesting {

        @Test
        void the_front_desk_requests_a_booking() {
            booking.given().when(request(DETAILS)).thenEvents(CREATED);
        }

        @Test
        void a_free_booking_is_allowed() {
            Money free = Money.of("0", "GBP");
            booking.given().when(request(BookingDetails.single("cu-jo", "soho", "st-maria", "cut", START, END, free)))
                    .thenEvents(BookingEvent.Created.single(ID, "cu-jo", "soho", "st-maria", "cut", START, END, free));
        }

        @Test
        void a_booking_must_end_after_it_starts() {
            booking.given().when(request(BookingDetails.single("cu-jo", "soho", "st-maria", "cut", START, START, PRICE)))
                    .thenRejected("booking.invalid-time");
            booking.given().when(request(BookingDetails.single("cu-jo", "soho", "st-maria", "cut", END, START, PRICE)))
                    .thenRejected("booking.invalid-time");
        }

        @Test
        void a_booking_cannot_have_a_negative_price() {
            booking.given()
                    .when(request(BookingDetails.single("cu-jo", "soho", "st-maria", "cut", START, END, Money.of("-5", "GBP"))))
                    .thenRejected("booking.negative-price");
        }

        @Test
        void requesting_the_same_booking_again_changes_nothing_whatever_became_of_it() {
            booking.given(CREATED).when(request(DETAILS)).thenNothing();
            booking.given(CREATED, CONFIRMED).when(request(DETAILS)).thenNothing();
            booking.given(CREATED, CANCELLED).when(request(DETAILS)).thenNothing();
        }

        @Test
        void a_booking_id_cannot_be_reused_for_another_appointment() {
            var otherStylist = BookingDetails.single("cu-jo", "soho", "st-ana", "cut", START, END, PRICE);
            booking.given(CREATED).when(request(otherStylist)).thenRejected("booking.already-exists");
        }
    }

    @Nested
    class Confirming {

        @Test
        void a_requested_booking_is_confirmed() {
            booking.given(CREATED).when(confirm()).thenEvents(CONFIRMED);
        }

        @Test
        void confirming_twice_changes_nothing() {
            booking.given(CREATED, CONFIRMED).when(confirm()).thenNothing();
        }

        @Test
        void only_a_requested_booking_can_be_confirmed() {
            booking.given(CREATED, CHECKED_IN).when(confirm()).thenRejected("booking.cannot-confirm");
            booking.given(CREATED, CHECKED_IN, COMPLETED).when(confirm()).thenRejected("booking.cannot-confirm");
            booking.given(CREATED, CANCELLED).when(confirm()).thenRejected("booking.cannot-confirm");
            booking.given(CREATED, NO_SHOW).when(confirm()).thenRejected("booking.cannot-confirm");
        }

        @Test
        void an_unknown_booking_cannot_be_confirmed() {
            booking.given().when(confirm()).thenRejected("booking.not-found");
        }
    }

    @Nested
    class CheckingIn {

        @Test
        void a_confirmed_customer_checks_in() {
            booking.given(CREATED, CONFIRMED).when(checkIn()).thenEvents(CHECKED_IN);
        }

        @Test
        void a_customer_whose_booking_was_never_confirmed_may_still_check_in() {
            booking.given(CREATED).when(checkIn()).thenEvents(CHECKED_IN);
        }

        @Test
        void checking_in_twice_changes_nothing() {
            booking.given(CREATED, CONFIRMED, CHECKED_IN).when(checkIn()).thenNothing();
        }

        @Test
        void a_finished_booking_cannot_check_in() {
            booking.given(CREATED, CHECKED_IN, COMPLETED).when(checkIn()).thenRejected("booking.cannot-check-in");
            booking.given(CREATED, CANCELLED).when(checkIn()).thenRejected("booking.cannot-check-in");
            booking.given(CREATED, NO_SHOW).when(checkIn()).thenRejected("booking.cannot-check-in");
        }

        @Test
        void an_unknown_booking_cannot_check_in() {
            booking.given().when(checkIn()).thenRejected("booking.not-found");
        }
    }

    @Nested
    class Completing {

        @Test
        void a_checked_in_appointment_is_completed() {
            booking.given(CREATED, CONFIRMED, CHECKED_IN).when(complete()).thenEvents(COMPLETED);
        }

        @Test
        void completing_twice_changes_nothing() {
            booking.given(CREATED, CHECKED_IN, COMPLETED).when(complete()).thenNothing();
        }

        @Test
        void only_a_checked_in_appointment_can_be_completed() {
            booking.given(CREATED).when(complete()).thenRejected("booking.cannot-complete");
            booking.given(CREATED, CONFIRMED).when(complete()).thenRejected("booking.cannot-complete");
            booking.given(CREATED, CANCELLED).when(complete()).thenRejected("booking.cannot-complete");
            booking.given(CREATED, NO_SHOW).when(complete()).thenRejected("booking.cannot-complete");
        }

        @Test
        void an_unknown_booking_cannot_be_completed() {
            booking.given().when(complete()).thenRejected("booking.not-found");
        }
    }

    @Nested
    class MarkingNoShow {

        @Test
        void a_customer_who_does_not_turn_up_is_marked_as_a_no_show() {
            booking.given(CREATED, CONFIRMED).when(noShow(START.plusSeconds(900))).thenEvents(NO_SHOW);
            booking.given(CREATED).when(noShow(END.plusSeconds(3600))).thenEvents(NO_SHOW);
        }

        @Test
        void the_appointment_begins_at_its_start_time() {
            booking.given(CREATED, CONFIRMED).when(noShow(START)).thenEvents(NO_SHOW);
        }

        @Test
        void nobody_is_a_no_show_before_the_appointment_has_begun() {
            booking.given(CREATED, CONFIRMED).when(noShow(START.minusMillis(1))).thenRejected("booking.not-started-yet");
            booking.given(CREATED).when(noShow(BEFORE)).thenRejected("booking.not-started-yet");
        }

        @Test
        void marking_a_no_show_twice_changes_nothing() {
            booking.given(CREATED, CONFIRMED, NO_SHOW).when(noShow(END)).thenNothing();
        }

        @Test
        void a_customer_who_came_or_cancelled_is_not_a_no_show() {
            booking.given(CREATED, CHECKED_IN).when(noShow(END)).thenRejected("booking.cannot-mark-no-show");
            booking.given(CREATED, CHECKED_IN, COMPLETED).when(noShow(END)).thenRejected("booking.cannot-mark-no-show");
            booking.given(CREATED, CANCELLED).when(noShow(END)).thenRejected("booking.cannot-mark-no-show");
        }

        @Test
        void an_unknown_booking_cannot_be_a_no_show() {
            booking.given().when(noShow(END)).thenRejected("booking.not-found");
        }

        @Test
        void a_no_show_gives_the_time_back() {
            assertThat(new BookingDecider().fold(List.of(CREATED, NO_SHOW)).status().holdsTime()).isFalse();
        }
    }

    @Nested
    class Cancelling {

        @Test
        void a_requested_or_confirmed_booking_is_cancelled_with_its_reason() {
            booking.given(CREATED).when(cancel(" customer is ill ")).thenEvents(CANCELLED);
            booking.given(CREATED, CONFIRMED).when(cancel("customer is ill")).thenEvents(CANCELLED);
        }

        @Test
        void a_cancellation_needs_a_reason() {
            booking.given(CREATED).when(cancel(null)).thenRejected("booking.cancel-note-required");
            booking.given(CREATED).when(cancel("  ")).thenRejected("booking.cancel-note-required");
            booking.given(CREATED).when(new BookingCommand.Cancel(ID, new CancelReason(null, "flu"), DESK, BEFORE))
                    .thenRejected("booking.cancel-reason-required");
        }

        @Test
        void a_reason_from_the_list_needs_no_words_of_its_own() {
            booking.given(CREATED, CONFIRMED)
                    .when(new BookingCommand.Cancel(ID, new CancelReason(CancelReason.Category.ILLNESS, " "), DESK, BEFORE))
                    .thenEvents(new BookingEvent.Cancelled(ID, "", CancelReason.Category.ILLNESS));
        }

        @Test
        void cancelling_twice_changes_nothing() {
            booking.given(CREATED, CANCELLED).when(cancel("another reason")).thenNothing();
        }

        @Test
        void an_appointment_that_began_cannot_be_cancelled() {
            booking.given(CREATED, CHECKED_IN).when(cancel("changed mind")).thenRejected("booking.cannot-cancel");
            booking.given(CREATED, CHECKED_IN, COMPLETED).when(cancel("changed mind")).thenRejected("booking.cannot-cancel");
            booking.given(CREATED, NO_SHOW).when(cancel("changed mind")).thenRejected("booking.cannot-cancel");
        }

        @Test
        void an_unknown_booking_cannot_be_cancelled() {
            booking.given().when(cancel("changed mind")).thenRejected("booking.not-found");
        }

        @Test
        void a_cancelled_booking_keeps_its_reason_and_gives_the_time_back() {
            Booking cancelled = new BookingDecider().fold(List.of(CREATED, CONFIRMED, CANCELLED));
            assertThat(cancelled).isEqualTo(new Booking.Cancelled(ID, DETAILS, "customer is ill"));
            assertThat(cancelled.status().holdsTime()).isFalse();
        }
    }

    @Test
    void a_rejection_names_the_stage_the_booking_is_in() {
        var rejection = booking.given(CREATED, CHECKED_IN, COMPLETED).when(cancel("x")).thenRejected("booking.cannot-cancel");
        assertThat(rejection.getMessage()).isEqualTo("A booking that is completed cannot be cancelled.");
    }

    @Test
    void stream_is_named_after_the_booking() {
        assertThat(BookingDecider.streamId(ID)).isEqualTo("booking-bk-1");
    }

    @Nested
    class CheckInWindow {

        private final java.time.Duration halfAnHour = java.time.Duration.ofMinutes(30);

        @Test
        void check_in_opens_the_branchs_window_before_the_start() {
            booking.given(CREATED, CONFIRMED)
                    .when(new BookingCommand.CheckIn(ID, halfAnHour, DESK, START.minusSeconds(30 * 60)))
                    .thenEvents(CHECKED_IN);
        }

        @Test
        void an_hour_and_a_quarter_early_is_too_early_to_check_in_or_complete() {
            var rejection = booking.given(CREATED, CONFIRMED)
                    .when(new BookingCommand.CheckIn(ID, halfAnHour, DESK, START.minusSeconds(75 * 60)))
                    .thenRejected("booking.too-early");
            assertThat(rejection.getMessage()).contains("30 minutes");
            booking.given(CREATED, CHECKED_IN)
                    .when(new BookingCommand.Complete(ID, halfAnHour, DESK, START.minusSeconds(31 * 60)))
                    .thenRejected("booking.too-early");
        }

        @Test
        void a_branch_with_a_longer_window_checks_in_earlier() {
            booking.given(CREATED)
                    .when(new BookingCommand.CheckIn(ID, java.time.Duration.ofMinutes(90), DESK, START.minusSeconds(75 * 60)))
                    .thenEvents(CHECKED_IN);
        }
    }

    @Nested
    class UndoingANoShow {

        private final BookingCommand undo = new BookingCommand.UndoNoShow(ID, DESK, START.plusSeconds(1800));

        @Test
        void a_no_show_is_undone_and_the_booking_is_as_it_was() {
            var backToConfirmed = new BookingEvent.NoShowUndone(ID, BookingStatus.CONFIRMED);
            booking.given(CREATED, CONFIRMED, NO_SHOW).when(undo).thenEvents(backToConfirmed);
            assertThat(new BookingDecider().fold(List.of(CREATED, CONFIRMED, NO_SHOW, backToConfirmed)))
                    .isEqualTo(new Booking.Confirmed(ID, DETAILS));
            var backToRequested = new BookingEvent.NoShowUndone(ID, BookingStatus.REQUESTED);
            booking.given(CREATED, NO_SHOW).when(undo).thenEvents(backToRequested);
            assertThat(new BookingDecider().fold(List.of(CREATED, NO_SHOW, backToRequested)))
                    .isEqualTo(new Booking.Requested(ID, DETAILS));
        }

        @Test
        void only_a_no_show_can_be_undone() {
            booking.given(CREATED, CONFIRMED).when(undo).thenRejected("booking.cannot-undo-no-show");
            booking.given().when(undo).thenRejected("booking.not-found");
        }

        @Test
        void an_undone_no_show_can_be_checked_in() {
            booking.given(CREATED, CONFIRMED, NO_SHOW, new BookingEvent.NoShowUndone(ID, BookingStatus.CONFIRMED))
                    .when(checkIn()).thenEvents(CHECKED_IN);
        }
    }
}
