package com.salondesk.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hours per weekday (a branch's opening hours or a stylist's working hours). A day that is missing
 * or has no ranges is closed / off duty. Ranges of one day never overlap.
 */
public record WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {

    public WeeklyHours {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            List<TimeRange> sorted = new ArrayList<>(ranges);
            sorted.sort((a, b) -> a.start().compareTo(b.start()));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("hours of " + day + " overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public static WeeklyHours none() {
        return new WeeklyHours(Map.of());
    }

    /** The same ranges on each of the given days. */
    public static WeeklyHours on(List<DayOfWeek> weekdays, TimeRange... ranges) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : weekdays) {
            map.put(d, List.of(ranges));
        }
        return new WeeklyHours(map);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public List<TimeRange> on(LocalDate date) {
        return on(date.getDayOfWeek());
    }

    /** The hours that both this and the other schedule share on a weekday. */
    public List<TimeRange> overlapOn(DayOfWeek day, WeeklyHours other) {
        List<TimeRange> result = new ArrayList<>();
        for (TimeRange mine : on(day)) {
            for (TimeRange theirs : other.on(day)) {
                TimeRange both = mine.intersection(theirs);
                if (both != null) {
                    result.add(both);
                }
            }
        }
        result.sort((a, b) -> a.start().compareTo(b.start()));
        return List.copyOf(result);
    }
}
