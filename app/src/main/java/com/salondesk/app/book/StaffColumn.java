package com.salondesk.app.book;

import com.salondesk.app.port.StaffView;
import com.salondesk.domain.availability.DaySegment;
import com.salondesk.domain.shared.TimeRange;
import java.util.List;

/**
 * One staff member's column in the day: when they work (within opening hours), their appointments, and their day as
 * the live availability shades it ({@code picture}: free, booked, processing, blocked; empty when it knows nothing).
 */
public record StaffColumn(StaffView staff, List<TimeRange> workingWindows, List<BookingBlock> bookings,
                          List<DaySegment> picture) {
    public StaffColumn {
        workingWindows = List.copyOf(workingWindows);
        bookings = List.copyOf(bookings);
        picture = List.copyOf(picture);
    }

    /** A column without the live availability's shading. */
    public StaffColumn(StaffView staff, List<TimeRange> workingWindows, List<BookingBlock> bookings) {
        this(staff, workingWindows, bookings, List.of());
    }

    public String staffId() {
        return staff.staffId();
    }
}
