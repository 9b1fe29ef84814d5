package com.salondesk.app.book;

import com.salondesk.app.port.StaffView;
import com.salondesk.domain.shared.TimeRange;
import java.util.List;

/** One staff member's column in the day: when they work (within opening hours) and their appointments. */
public record StaffColumn(StaffView staff, List<TimeRange> workingWindows, List<BookingBlock> bookings) {
    public StaffColumn {
        workingWindows = List.copyOf(workingWindows);
        bookings = List.copyOf(bookings);
    }

    public String staffId() {
        return staff.staffId();
    }
}
