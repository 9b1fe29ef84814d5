package com.salondesk.app.book.week;

import com.salondesk.app.book.BookingBlock;
import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.util.List;

/** One day of the week view: its opening hours (none when the branch is closed) and its stylists' columns. */
public record WeekDay(LocalDate date, List<TimeRange> openingHours, List<WeekColumn> columns) {
    public WeekDay {
        openingHours = List.copyOf(openingHours);
        columns = List.copyOf(columns);
    }

    public boolean closed() {
        return openingHours.isEmpty();
    }

    /** The appointments that hold their time on this day (cancelled and no-shows left out). */
    public long appointments() {
        return columns.stream().mapToLong(c -> c.bookings().stream().filter(BookingBlock::holdsTime).count()).sum();
    }
}
