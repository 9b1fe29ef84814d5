package com.salondesk.domain.staff;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.Instant;
import java.util.Set;

/** What a manager can ask about a staff member. */
public sealed interface StaffCommand {
    record Hire(String staffId, String branchId, String name, StaffRole role, Set<String> serviceIds,
                WeeklyHours workingHours, Instant now) implements StaffCommand {
        public Hire {
            serviceIds = Set.copyOf(serviceIds);
        }
    }

    record ChangeServices(String staffId, Set<String> serviceIds, Instant now) implements StaffCommand {
        public ChangeServices {
            serviceIds = Set.copyOf(serviceIds);
        }
    }

    record ChangeWorkingHours(String staffId, WeeklyHours workingHours, Instant now) implements StaffCommand {
    }
}
