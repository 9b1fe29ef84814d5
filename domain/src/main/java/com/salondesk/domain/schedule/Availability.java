package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** When a stylist can take bookings: working hours while the branch is open, minus what is booked. */
public final class Availability {

    private Availability() {
    }

    /** The times on {@code date} when the branch is open and the stylist works. */
    public static List<TimeRange> workingWindows(WeeklyHours openingHours, WeeklyHours workingHours, LocalDate date) {
        return openingHours.overlapOn(date.getDayOfWeek(), workingHours);
    }

    /**
     * How far the windows cover without a break from {@code from}: the end of the window {@code from} lies in,
     * carried on through windows that touch it (a stylist's two back-to-back shifts, or hours split where the
     * branch's ranges meet). Empty when {@code from} is in none of them.
     */
    public static Optional<LocalTime> coveredUntil(List<TimeRange> windows, LocalTime from) {
        List<TimeRange> sorted = windows.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        LocalTime reach = from;
        boolean inside = false;
        for (TimeRange w : sorted) {
            if (w.start().isAfter(reach)) {
                break;
            }
            if (w.end().isAfter(reach)) {
                reach = w.end();
                inside = true;
            }
        }
        return inside ? Optional.of(reach) : Optional.empty();
    }

    /** Whether the windows cover every minute of the slot. */
    public static boolean covers(List<TimeRange> windows, TimeRange slot) {
        return coveredUntil(windows, slot.start()).filter(end -> !end.isBefore(slot.end())).isPresent();
    }

    /** The free parts of the working windows, given the reservations already held. */
    public static List<TimeRange> freeTimes(List<TimeRange> windows, Collection<TimeRange> reserved) {
        List<TimeRange> taken = new ArrayList<>(reserved);
        taken.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> free = new ArrayList<>();
        for (TimeRange window : windows) {
            var cursor = window.start();
            for (TimeRange t : taken) {
                if (!t.end().isAfter(cursor) || !t.start().isBefore(window.end())) {
                    continue;
                }
                if (t.start().isAfter(cursor)) {
                    free.add(new TimeRange(cursor, t.start()));
                }
                if (t.end().isAfter(cursor)) {
                    cursor = t.end();
                }
            }
            if (window.end().isAfter(cursor)) {
                free.add(new TimeRange(cursor, window.end()));
            }
        }
        return List.copyOf(free);
    }
}
