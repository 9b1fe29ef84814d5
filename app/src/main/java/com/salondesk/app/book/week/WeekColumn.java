package com.salondesk.app.book.week;

import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.shared.TimeRange;
import java.util.List;

/** One stylist's narrow column in a day of the week: when they work (within opening hours) and their bookings. */
public record WeekColumn(StaffView staff, List<TimeRange> workingWindows, List<BookingBlock> bookings) {
    public WeekColumn {
        workingWindows = List.copyOf(workingWindows);
        bookings = List.copyOf(bookings);
    }

    public String staffId() {
        return staff.staffId();
    }
}
