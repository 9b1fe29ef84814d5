package com.salondesk.domain.staff;

import com.salondesk.domain.shared.WeeklyHours;
import java.util.Set;

/** A staff member: not yet hired, or employed at a branch. */
public sealed interface StaffMember {
    record NotHired() implements StaffMember {
    }

    record Employed(String staffId, String branchId, String name, StaffRole role, Set<String> serviceIds,
                    WeeklyHours workingHours, StaffRules rules) implements StaffMember {
        public Employed {
            serviceIds = Set.copyOf(serviceIds);
            // Snapshots taken before staff had breaks, shifts and time off read back without them.
            rules = rules == null ? StaffRules.none() : rules;
        }

        /** A staff member with no breaks, shifts or time off. */
        public Employed(String staffId, String branchId, String name, StaffRole role, Set<String> serviceIds,
                        WeeklyHours workingHours) {
            this(staffId, branchId, name, role, serviceIds, workingHours, StaffRules.none());
        }

        /** The same staff member with other breaks, shifts or time off. */
        public Employed with(StaffRules newRules) {
            return new Employed(staffId, branchId, name, role, serviceIds, workingHours, newRules);
        }

        public boolean canPerform(String serviceId) {
            return serviceIds.contains(serviceId);
        }
    }
}
