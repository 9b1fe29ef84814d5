package com.salondesk.domain.staff;

import com.salondesk.domain.shared.WeeklyHours;
import java.util.Set;

/** A staff member: not yet hired, or employed at a branch. */
public sealed interface StaffMember {
    record NotHired() implements StaffMember {
    }

    record Employed(String staffId, String branchId, String name, StaffRole role, Set<String> serviceIds,
                    WeeklyHours workingHours) implements StaffMember {
        public Employed {
            serviceIds = Set.copyOf(serviceIds);
        }

        public boolean canPerform(String serviceId) {
            return serviceIds.contains(serviceId);
        }
    }
}
