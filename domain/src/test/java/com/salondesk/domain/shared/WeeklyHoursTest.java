package com.salondesk.domain.shared;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    @Test
    void ranges_of_one_day_may_not_overlap() {
        assertThatThrownBy(() -> new WeeklyHours(Map.of(MONDAY,
                List.of(TimeRange.of("09:00", "13:00"), TimeRange.of("12:00", "18:00")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MONDAY");
        assertThatThrownBy(() -> new WeeklyHours(Map.of(MONDAY,
                List.of(TimeRange.of("14:00", "18:00"), TimeRange.of("09:00", "19:00")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyHours.on(List.of(TUESDAY), TimeRange.of("09:00", "12:00"), TimeRange.of("09:00", "12:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void back_to_back_ranges_are_allowed_and_kept_in_order() {
        var split = new WeeklyHours(Map.of(MONDAY, List.of(TimeRange.of("13:00", "18:00"), TimeRange.of("09:00", "13:00"))));
        assertThat(split.on(MONDAY)).containsExactly(TimeRange.of("09:00", "13:00"), TimeRange.of("13:00", "18:00"));
    }

    @Test
    void a_missing_or_empty_day_is_a_day_off() {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        days.put(SUNDAY, List.of());
        var hours = new WeeklyHours(days);
        assertThat(hours.on(SUNDAY)).isEmpty();
        assertThat(hours.on(SATURDAY)).isEmpty();
        assertThat(hours).isEqualTo(WeeklyHours.none());
    }

    @Test
    void hours_on_a_date_are_the_hours_of_its_weekday() {
        var hours = WeeklyHours.on(List.of(MONDAY), TimeRange.of("09:00", "17:00"));
        assertThat(hours.on(LocalDate.parse("2026-11-23"))).containsExactly(TimeRange.of("09:00", "17:00"));
        assertThat(hours.on(LocalDate.parse("2026-11-24"))).isEmpty();
    }

    @Test
    void later_changes_to_the_given_lists_do_not_leak_in() {
        List<TimeRange> monday = new ArrayList<>(List.of(TimeRange.of("09:00", "17:00")));
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        days.put(MONDAY, monday);
        var hours = new WeeklyHours(days);
        monday.add(TimeRange.of("18:00", "19:00"));
        days.put(TUESDAY, List.of(TimeRange.of("09:00", "10:00")));
        assertThat(hours.on(MONDAY)).containsExactly(TimeRange.of("09:00", "17:00"));
        assertThat(hours.on(TUESDAY)).isEmpty();
        assertThatThrownBy(() -> hours.days().put(TUESDAY, List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void overlap_is_the_time_both_schedules_share_on_a_weekday_in_order() {
        var branch = new WeeklyHours(Map.of(MONDAY, List.of(TimeRange.of("09:00", "12:30"), TimeRange.of("13:30", "20:00")),
                TUESDAY, List.of(TimeRange.of("09:00", "18:00"))));
        var stylist = new WeeklyHours(Map.of(MONDAY, List.of(TimeRange.of("17:00", "21:00"), TimeRange.of("08:00", "14:00")),
                SATURDAY, List.of(TimeRange.of("09:00", "18:00"))));

        assertThat(branch.overlapOn(MONDAY, stylist)).containsExactly(
                TimeRange.of("09:00", "12:30"), TimeRange.of("13:30", "14:00"), TimeRange.of("17:00", "20:00"));
        assertThat(stylist.overlapOn(MONDAY, branch)).isEqualTo(branch.overlapOn(MONDAY, stylist));
        assertThat(branch.overlapOn(TUESDAY, stylist)).isEmpty();
        assertThat(branch.overlapOn(SATURDAY, stylist)).isEmpty();
    }

    @Test
    void touching_hours_share_no_time() {
        var morning = WeeklyHours.on(List.of(MONDAY), TimeRange.of("09:00", "13:00"));
        var afternoon = WeeklyHours.on(List.of(MONDAY), TimeRange.of("13:00", "18:00"));
        assertThat(morning.overlapOn(MONDAY, afternoon)).isEmpty();
    }
}
