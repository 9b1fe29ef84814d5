package com.salondesk.app.port;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.ZoneId;

/** A branch as the desk shows it. */
public record BranchView(String branchId, String name, String address, ZoneId zone, String currency,
                         WeeklyHours openingHours) {
}
