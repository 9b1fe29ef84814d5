package com.salondesk.domain.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final LocalDate THURSDAY_26TH = LocalDate.parse("2026-11-26");
    private static final List<TimeRange> SHIFTS = List.of(TimeRange.of("09:00", "13:00"), TimeRange.of("14:00", "18:00"));

    private static TimeRange t(String start, String end) {
        return TimeRange.of(start, end);
    }

    @Nested
    class WorkingWindows {

        @Test
        void she_can_be_booked_when_she_works_and_the_branch_is_open() {
            var branch = WeeklyHours.on(List.of(THURSDAY), t("10:00", "20:00"));
            var maria = new WeeklyHours(Map.of(THURSDAY, List.of(t("08:00", "13:00"), t("14:00", "21:00"))));
            assertThat(Availability.workingWindows(branch, maria, THURSDAY_26TH))
                    .containsExactly(t("10:00", "13:00"), t("14:00", "20:00"));
        }

        @Test
        void not_on_her_day_off() {
            var branch = WeeklyHours.on(List.of(THURSDAY), t("10:00", "20:00"));
            var maria = WeeklyHours.on(List.of(MONDAY), t("09:00", "17:00"));
            assertThat(Availability.workingWindows(branch, maria, THURSDAY_26TH)).isEmpty();
        }

        @Test
        void not_when_the_branch_is_closed() {
            var maria = WeeklyHours.on(List.of(THURSDAY), t("09:00", "17:00"));
            assertThat(Availability.workingWindows(WeeklyHours.none(), maria, THURSDAY_26TH)).isEmpty();
        }
    }

    @Nested
    class FreeTimes {

        @Test
        void with_nothing_booked_all_her_hours_are_free() {
            assertThat(Availability.freeTimes(SHIFTS, List.of())).isEqualTo(SHIFTS);
        }

        @Test
        void a_booking_splits_the_shift_around_it() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("10:00", "10:45"))))
                    .containsExactly(t("09:00", "10:00"), t("10:45", "13:00"), t("14:00", "18:00"));
        }

        @Test
        void bookings_at_the_edges_of_a_shift_leave_no_empty_slivers() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("09:00", "09:30"), t("17:00", "18:00"))))
                    .containsExactly(t("09:30", "13:00"), t("14:00", "17:00"));
        }

        @Test
        void back_to_back_bookings_leave_no_gap_between_them() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("10:45", "11:30"), t("10:00", "10:45"))))
                    .containsExactly(t("09:00", "10:00"), t("11:30", "13:00"), t("14:00", "18:00"));
        }

        @Test
        void overbooked_slots_that_overlap_each_other_are_taken_once() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("10:00", "11:00"), t("10:30", "10:45"), t("10:50", "11:15"))))
                    .containsExactly(t("09:00", "10:00"), t("11:15", "13:00"), t("14:00", "18:00"));
        }

        @Test
        void a_booking_across_lunch_takes_time_from_both_shifts() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("12:30", "14:30"))))
                    .containsExactly(t("09:00", "12:30"), t("14:30", "18:00"));
        }

        @Test
        void a_fully_booked_shift_has_no_free_time() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("09:00", "13:00"))))
                    .containsExactly(t("14:00", "18:00"));
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("08:00", "19:00")))).isEmpty();
        }

        @Test
        void bookings_outside_her_hours_do_not_matter() {
            assertThat(Availability.freeTimes(SHIFTS, List.of(t("07:00", "09:00"), t("13:00", "14:00"), t("18:00", "19:00"))))
                    .isEqualTo(SHIFTS);
        }

        @Test
        void no_windows_means_no_free_time() {
            assertThat(Availability.freeTimes(List.of(), List.of(t("10:00", "11:00")))).isEmpty();
        }
    }
}
