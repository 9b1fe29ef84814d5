package com.salondesk.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A booking that lost its time to another desk's booking, and the three ways out: moved, kept, cancelled. */
class BookingTimeLostTest {

    private static final String ID = "bk-1";
    private static final String DESK = "maria";
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant END = Instant.parse("2026-11-26T10:45:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.parse("2026-11-26");
    private static final Money PRICE = Money.of("55.00", "GBP");
    private static final BookingDetails DETAILS = BookingDetails.single("cu-jo", "soho", "st-maria", "cut", START, END,
            PRICE);

    private static final BookingEvent CREATED = BookingEvent.Created.of(ID, DETAILS);
    private static final BookingEvent CONFIRMED = new BookingEvent.Confirmed(ID);
    private static final BookingEvent LOST = new BookingEvent.TimeLost(ID, "st-maria", THURSDAY, List.of("bk-rival"),
            "schedule.slot-taken", LATER);

    private final DeciderScenario<BookingCommand, Booking, BookingEvent> booking =
            DeciderScenario.of(new BookingDecider());

    private static BookingCommand loseTime() {
        return new BookingCommand.LoseTime(ID, "st-maria", THURSDAY, List.of("bk-rival"), "schedule.slot-taken", DESK,
                LATER);
    }

    private static BookingCommand move(String staffId, Instant start, Instant end) {
        return new BookingCommand.Move(ID, staffId, start, end, DESK, LATER);
    }

    @Test
    void a_booking_that_holds_its_time_loses_it_to_the_rival() {
        booking.given(CREATED, CONFIRMED).when(loseTime()).thenEvents(LOST);
    }

    @Test
    void a_booking_that_lost_its_time_keeps_its_status_and_holds_no_time() {
        Booking state = new BookingDecider().fold(List.of(CREATED, CONFIRMED, LOST));
        assertThat(state).isEqualTo(new Booking.Confirmed(ID, DETAILS, true));
        assertThat(((Booking.Existing) state).timeLost()).isTrue();
    }

    @Test
    void losing_it_again_changes_nothing() {
        booking.given(CREATED, LOST).when(loseTime()).thenNothing();
    }

    @Test
    void a_cancelled_booking_or_a_no_show_has_no_time_to_lose() {
        booking.given(CREATED, new BookingEvent.Cancelled(ID, "ill")).when(loseTime()).thenNothing();
        booking.given(CREATED, new BookingEvent.NoShowRecorded(ID)).when(loseTime()).thenNothing();
    }

    @Test
    void a_booking_unknown_here_cannot_lose_time() {
        booking.given().when(loseTime()).thenRejected("booking.not-found");
    }

    @Test
    void a_lifecycle_step_keeps_the_lost_time_in_mind() {
        Booking state = new BookingDecider().fold(List.of(CREATED, LOST, CONFIRMED, new BookingEvent.CheckedIn(ID)));
        assertThat(state).isEqualTo(new Booking.CheckedIn(ID, DETAILS, true));
    }

    @Test
    void a_booking_that_lost_its_time_moves_to_another_stylist_and_time() {
        Instant start = START.plus(Duration.ofHours(2));
        Instant end = END.plus(Duration.ofHours(2));
        var moved = new BookingEvent.Moved(ID, "st-ben", start, end);
        booking.given(CREATED, CONFIRMED, LOST).when(move("st-ben", start, end)).thenEvents(moved);

        Booking state = new BookingDecider().fold(List.of(CREATED, CONFIRMED, LOST, moved));
        assertThat(state).isEqualTo(new Booking.Confirmed(ID,
                new BookingDetails("cu-jo", "soho", "st-ben", DETAILS.services(), start, end, PRICE), false));
    }

    @Test
    void a_move_ends_after_it_starts() {
        booking.given(CREATED, LOST).when(move("st-ben", END, START)).thenRejected("booking.invalid-time");
    }

    @Test
    void a_booking_that_holds_its_time_is_not_moved_here_but_a_repeated_move_changes_nothing() {
        booking.given(CREATED).when(move("st-ben", START, END)).thenRejected("booking.move-holds-time");
        var moved = new BookingEvent.Moved(ID, "st-ben", START, END);
        booking.given(CREATED, LOST, moved).when(move("st-ben", START, END)).thenNothing();
    }

    @Test
    void a_completed_or_cancelled_booking_is_not_moved() {
        booking.given(CREATED, new BookingEvent.Cancelled(ID, "ill")).when(move("st-ben", START, END))
                .thenRejected("booking.cannot-move");
        booking.given(CREATED, LOST, new BookingEvent.CheckedIn(ID), new BookingEvent.Completed(ID))
                .when(move("st-ben", START, END)).thenRejected("booking.cannot-move");
    }

    @Test
    void a_booking_that_lost_its_time_is_kept_as_an_overbooking_and_holds_it_again() {
        var keep = new BookingCommand.KeepAsOverbook(ID, DESK, LATER);
        booking.given(CREATED, CONFIRMED, LOST).when(keep).thenEvents(new BookingEvent.KeptAsOverbook(ID));
        assertThat(new BookingDecider().fold(List.of(CREATED, CONFIRMED, LOST, new BookingEvent.KeptAsOverbook(ID))))
                .isEqualTo(new Booking.Confirmed(ID, DETAILS, false));
        booking.given(CREATED, LOST, new BookingEvent.KeptAsOverbook(ID)).when(keep).thenNothing();
        booking.given(CREATED, LOST, new BookingEvent.Cancelled(ID, "ill")).when(keep)
                .thenRejected("booking.cannot-keep");
    }

    @Test
    void a_booking_that_lost_its_time_can_be_cancelled() {
        booking.given(CREATED, LOST).when(new BookingCommand.Cancel(ID, CancelReason.other("no other time"), DESK, LATER))
                .thenEvents(new BookingEvent.Cancelled(ID, "no other time", CancelReason.Category.OTHER));
    }

    @Test
    void each_event_is_decided_again_as_the_command_that_recorded_it_as_of_its_own_time() {
        Duration window = Duration.ofMinutes(30);
        assertThat(BookingDecider.again(CREATED, window, DESK, LATER))
                .isEqualTo(new BookingCommand.Request(ID, DETAILS, DESK, LATER));
        assertThat(BookingDecider.again(new BookingEvent.CheckedIn(ID), window, DESK, LATER))
                .isEqualTo(new BookingCommand.CheckIn(ID, window, DESK, LATER));
        assertThat(BookingDecider.again(new BookingEvent.Cancelled(ID, "", CancelReason.Category.ILLNESS), window, DESK,
                LATER)).isEqualTo(new BookingCommand.Cancel(ID, new CancelReason(CancelReason.Category.ILLNESS, ""),
                DESK, LATER));
        assertThat(BookingDecider.again(LOST, window, DESK, LATER)).isEqualTo(loseTime());
    }

    @Test
    void a_check_in_decided_again_is_judged_by_the_window_as_it_was_then() {
        // Checked in at 09:40 for 10:00; decided again later, it still stands as of 09:40.
        Instant then = START.minus(Duration.ofMinutes(20));
        var again = BookingDecider.again(new BookingEvent.CheckedIn(ID), Duration.ofMinutes(30), DESK, then);
        booking.given(CREATED, CONFIRMED).when(again).thenEvents(new BookingEvent.CheckedIn(ID));
        var tooEarly = BookingDecider.again(new BookingEvent.CheckedIn(ID), Duration.ofMinutes(10), DESK, then);
        booking.given(CREATED, CONFIRMED).when(tooEarly).thenRejected("booking.too-early");
    }
}
