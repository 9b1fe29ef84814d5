package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** When a stylist can take bookings: working hours while the branch is open, minus what is booked. */
public final class Availability {

    private Availability() {
    }

    /** The times on {@code date} when the branch is open and the stylist works. */
    public static List<TimeRange> workingWindows(WeeklyHours openingHours, WeeklyHours workingHours, LocalDate date) {
        return openingHours.overlapOn(date.getDayOfWeek(), workingHours);
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
