package com.salondesk.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StaffDayDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final String MARIA = "st-maria";
    private static final LocalDate DAY = LocalDate.parse("2026-11-26");
    /** Maria works 09:00–13:00 and 14:00–18:00 that day; lunch in between. */
    private static final List<TimeRange> SHIFTS = List.of(TimeRange.of("09:00", "13:00"), TimeRange.of("14:00", "18:00"));

    private final DeciderScenario<StaffDayCommand, StaffDay, StaffDayEvent> day = DeciderScenario.of(new StaffDayDecider());

    private static StaffDayCommand reserve(String bookingId, String start, String end) {
        return new StaffDayCommand.Reserve(MARIA, DAY, bookingId, TimeRange.of(start, end), SHIFTS, false, NOW);
    }

    private static StaffDayCommand overbook(String bookingId, String start, String end) {
        return new StaffDayCommand.Reserve(MARIA, DAY, bookingId, TimeRange.of(start, end), SHIFTS, true, NOW);
    }

    private static StaffDayCommand release(String bookingId) {
        return new StaffDayCommand.Release(MARIA, DAY, bookingId, NOW);
    }

    private static StaffDayEvent.SlotReserved reserved(String bookingId, String start, String end) {
        return new StaffDayEvent.SlotReserved(MARIA, DAY, bookingId, LocalTime.parse(start), LocalTime.parse(end), false);
    }

    private static StaffDayEvent.SlotReserved overbooked(String bookingId, String start, String end) {
        return new StaffDayEvent.SlotReserved(MARIA, DAY, bookingId, LocalTime.parse(start), LocalTime.parse(end), true);
    }

    private static StaffDayEvent.SlotReleased released(String bookingId) {
        return new StaffDayEvent.SlotReleased(MARIA, DAY, bookingId);
    }

    @Nested
    class WorkingHours {

        @Test
        void a_booking_inside_her_hours_holds_the_slot() {
            day.given().when(reserve("bk-1", "10:00", "10:45")).thenEvents(reserved("bk-1", "10:00", "10:45"));
        }

        @Test
        void a_booking_may_fill_a_shift_exactly() {
            day.given().when(reserve("bk-1", "09:00", "13:00")).thenEvents(reserved("bk-1", "09:00", "13:00"));
            day.given().when(reserve("bk-1", "17:15", "18:00")).thenEvents(reserved("bk-1", "17:15", "18:00"));
        }

        @Test
        void a_booking_before_she_starts_or_after_she_leaves_is_refused() {
            day.given().when(reserve("bk-1", "08:30", "09:15")).thenRejected(StaffDayDecider.OUTSIDE_WORKING_HOURS);
            day.given().when(reserve("bk-1", "17:30", "18:15")).thenRejected("schedule.outside-working-hours");
            day.given().when(reserve("bk-1", "19:00", "19:30")).thenRejected("schedule.outside-working-hours");
        }

        @Test
        void a_booking_across_her_lunch_break_is_refused() {
            day.given().when(reserve("bk-1", "12:30", "13:15")).thenRejected("schedule.outside-working-hours");
            day.given().when(reserve("bk-1", "13:00", "14:00")).thenRejected("schedule.outside-working-hours");
            day.given().when(reserve("bk-1", "12:00", "15:00")).thenRejected("schedule.outside-working-hours");
        }

        @Test
        void a_booking_across_two_back_to_back_shifts_is_inside_her_hours() {
            var backToBack = List.of(TimeRange.of("14:00", "18:00"), TimeRange.of("09:00", "12:00"),
                    TimeRange.of("12:00", "14:00"));
            day.given()
                    .when(new StaffDayCommand.Reserve(MARIA, DAY, "bk-1", TimeRange.of("11:30", "14:30"), backToBack, false, NOW))
                    .thenEvents(reserved("bk-1", "11:30", "14:30"));
            day.given()
                    .when(new StaffDayCommand.Reserve(MARIA, DAY, "bk-1", TimeRange.of("11:30", "18:30"), backToBack, false, NOW))
                    .thenRejected("schedule.outside-working-hours");
        }

        @Test
        void nothing_can_be_booked_on_her_day_off_or_when_the_branch_is_closed() {
            var rejection = day.given()
                    .when(new StaffDayCommand.Reserve(MARIA, DAY, "bk-1", TimeRange.of("10:00", "10:45"), List.of(), false, NOW))
                    .thenRejected("schedule.outside-working-hours");
            assertThat(rejection.getMessage()).contains("Nov 26, 2026");
        }

        @Test
        void not_even_a_manager_overbooks_outside_her_hours() {
            day.given().when(overbook("bk-1", "18:00", "18:30")).thenRejected("schedule.outside-working-hours");
        }
    }

    @Nested
    class DoubleBooking {

        private final StaffDayEvent first = reserved("bk-1", "10:00", "10:45");

        @Test
        void an_overlapping_booking_is_refused() {
            day.given(first).when(reserve("bk-2", "10:30", "11:15")).thenRejected(StaffDayDecider.SLOT_TAKEN);
            day.given(first).when(reserve("bk-2", "09:30", "10:15")).thenRejected("schedule.slot-taken");
            day.given(first).when(reserve("bk-2", "10:00", "10:45")).thenRejected("schedule.slot-taken");
            day.given(first).when(reserve("bk-2", "10:15", "10:30")).thenRejected("schedule.slot-taken");
            day.given(first).when(reserve("bk-2", "09:00", "12:00")).thenRejected("schedule.slot-taken");
            day.given(first).when(reserve("bk-2", "10:44", "11:00")).thenRejected("schedule.slot-taken");
        }

        @Test
        void back_to_back_bookings_do_not_overlap() {
            day.given(first).when(reserve("bk-2", "10:45", "11:30")).thenEvents(reserved("bk-2", "10:45", "11:30"));
            day.given(first).when(reserve("bk-0", "09:15", "10:00")).thenEvents(reserved("bk-0", "09:15", "10:00"));
        }

        @Test
        void a_clash_with_any_booking_of_the_day_counts() {
            day.given(first, reserved("bk-2", "14:00", "15:00"))
                    .when(reserve("bk-3", "14:30", "15:30"))
                    .thenRejected("schedule.slot-taken");
        }

        @Test
        void a_manager_may_overbook_on_purpose_and_it_is_recorded_as_such() {
            day.given(first).when(overbook("bk-2", "10:30", "11:15")).thenEvents(overbooked("bk-2", "10:30", "11:15"));
        }

        @Test
        void asking_to_overbook_a_free_slot_is_an_ordinary_booking() {
            day.given(first).when(overbook("bk-2", "11:00", "11:30")).thenEvents(reserved("bk-2", "11:00", "11:30"));
        }

        @Test
        void an_overbooked_slot_still_blocks_ordinary_bookings() {
            day.given(first, overbooked("bk-2", "10:30", "11:15"))
                    .when(reserve("bk-3", "11:00", "11:30"))
                    .thenRejected("schedule.slot-taken");
        }
    }

    @Nested
    class SameBooking {

        private final StaffDayEvent held = reserved("bk-1", "10:00", "10:45");

        @Test
        void reserving_the_same_slot_again_changes_nothing() {
            day.given(held).when(reserve("bk-1", "10:00", "10:45")).thenNothing();
            day.given(held).when(overbook("bk-1", "10:00", "10:45")).thenNothing();
        }

        @Test
        void a_booking_cannot_hold_two_slots() {
            day.given(held).when(reserve("bk-1", "11:00", "11:45")).thenRejected(StaffDayDecider.ALREADY_RESERVED);
            day.given(held).when(reserve("bk-1", "10:00", "11:00")).thenRejected("schedule.booking-already-reserved");
        }

        @Test
        void a_booking_moves_by_releasing_then_reserving() {
            day.given(held, released("bk-1"))
                    .when(reserve("bk-1", "11:00", "11:45"))
                    .thenEvents(reserved("bk-1", "11:00", "11:45"));
        }
    }

    @Nested
    class Releasing {

        @Test
        void a_cancelled_booking_gives_its_time_back() {
            day.given(reserved("bk-1", "10:00", "10:45")).when(release("bk-1")).thenEvents(released("bk-1"));
        }

        @Test
        void released_time_can_be_booked_by_someone_else() {
            day.given(reserved("bk-1", "10:00", "10:45"), released("bk-1"))
                    .when(reserve("bk-2", "10:00", "10:45"))
                    .thenEvents(reserved("bk-2", "10:00", "10:45"));
        }

        @Test
        void releasing_a_booking_that_holds_no_time_changes_nothing() {
            day.given().when(release("bk-1")).thenNothing();
            day.given(reserved("bk-2", "10:00", "10:45")).when(release("bk-1")).thenNothing();
            day.given(reserved("bk-1", "10:00", "10:45"), released("bk-1")).when(release("bk-1")).thenNothing();
        }

        @Test
        void releasing_one_booking_leaves_the_others() {
            StaffDay left = new StaffDayDecider().fold(List.of(reserved("bk-1", "10:00", "10:45"),
                    reserved("bk-2", "11:00", "11:30"), released("bk-1")));
            assertThat(left.reservations()).containsExactly(java.util.Map.entry("bk-2", TimeRange.of("11:00", "11:30")));
        }
    }

    @Test
    void stream_is_the_stylist_and_the_date() {
        assertThat(StaffDayDecider.streamId(MARIA, DAY)).isEqualTo("schedule-st-maria-2026-11-26");
    }
}
