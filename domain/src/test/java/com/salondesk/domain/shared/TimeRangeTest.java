package com.salondesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final TimeRange CUT = TimeRange.of("10:00", "10:45");

    @Test
    void ranges_that_share_time_overlap_both_ways() {
        assertThat(CUT.overlaps(TimeRange.of("10:30", "11:00"))).isTrue();
        assertThat(TimeRange.of("10:30", "11:00").overlaps(CUT)).isTrue();
        assertThat(CUT.overlaps(TimeRange.of("09:00", "10:01"))).isTrue();
        assertThat(CUT.overlaps(TimeRange.of("10:15", "10:30"))).isTrue();
        assertThat(TimeRange.of("10:15", "10:30").overlaps(CUT)).isTrue();
        assertThat(CUT.overlaps(CUT)).isTrue();
    }

    @Test
    void back_to_back_ranges_do_not_overlap() {
        assertThat(CUT.overlaps(TimeRange.of("10:45", "11:30"))).isFalse();
        assertThat(TimeRange.of("10:45", "11:30").overlaps(CUT)).isFalse();
        assertThat(CUT.overlaps(TimeRange.of("09:15", "10:00"))).isFalse();
        assertThat(CUT.overlaps(TimeRange.of("14:00", "15:00"))).isFalse();
    }

    @Test
    void a_range_contains_what_lies_within_it_including_its_edges() {
        TimeRange shift = TimeRange.of("09:00", "13:00");
        assertThat(shift.contains(shift)).isTrue();
        assertThat(shift.contains(TimeRange.of("09:00", "09:30"))).isTrue();
        assertThat(shift.contains(TimeRange.of("12:15", "13:00"))).isTrue();
        assertThat(shift.contains(CUT)).isTrue();
        assertThat(shift.contains(TimeRange.of("08:59", "09:30"))).isFalse();
        assertThat(shift.contains(TimeRange.of("12:30", "13:01"))).isFalse();
        assertThat(CUT.contains(shift)).isFalse();
    }

    @Test
    void the_intersection_is_the_time_both_share() {
        assertThat(TimeRange.of("09:00", "13:00").intersection(TimeRange.of("12:00", "18:00")))
                .isEqualTo(TimeRange.of("12:00", "13:00"));
        assertThat(TimeRange.of("12:00", "18:00").intersection(TimeRange.of("09:00", "13:00")))
                .isEqualTo(TimeRange.of("12:00", "13:00"));
        assertThat(TimeRange.of("09:00", "18:00").intersection(CUT)).isEqualTo(CUT);
    }

    @Test
    void ranges_that_only_touch_or_are_apart_have_no_intersection() {
        assertThat(CUT.intersection(TimeRange.of("10:45", "11:30"))).isNull();
        assertThat(CUT.intersection(TimeRange.of("14:00", "15:00"))).isNull();
    }

    @Test
    void a_range_must_end_after_it_starts() {
        assertThatThrownBy(() -> TimeRange.of("10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeRange.of("11:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(null, LocalTime.NOON)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void length_and_text() {
        assertThat(CUT.length()).isEqualTo(Duration.ofMinutes(45));
        assertThat(CUT).hasToString("10:00–10:45");
    }
}
