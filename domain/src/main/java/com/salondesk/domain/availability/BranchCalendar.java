package com.salondesk.domain.availability;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** When the branch is open: its weekly hours, the days or hours it is closed anyway, and its booking window. */
public record BranchCalendar(String branchId, ZoneId zone, WeeklyHours openingHours, List<Closure> closures,
                             BookingWindow window) {

    public BranchCalendar {
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(openingHours, "openingHours");
        Objects.requireNonNull(window, "window");
        closures = List.copyOf(closures);
    }
}
