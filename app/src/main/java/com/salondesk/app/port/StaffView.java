package com.salondesk.app.port;

import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffRole;
import java.util.Set;

/** A staff member with what they can do and when they work. */
public record StaffView(String staffId, String branchId, String name, StaffRole role, Set<String> serviceIds,
                        WeeklyHours workingHours) {
    public StaffView {
        serviceIds = Set.copyOf(serviceIds);
    }

    public boolean canPerform(String serviceId) {
        return serviceIds.contains(serviceId);
    }
}
