package com.salondesk.domain.staff;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.WeeklyHours;
import java.util.List;

/** Facts about a staff member. Service ids are kept sorted so equal facts serialize equally. */
public sealed interface StaffEvent extends DomainEvent {
    record Hired(String staffId, String branchId, String name, StaffRole role, List<String> serviceIds,
                 WeeklyHours workingHours) implements StaffEvent {
        public Hired {
            serviceIds = serviceIds.stream().sorted().distinct().toList();
        }
    }

    record ServicesChanged(String staffId, List<String> serviceIds) implements StaffEvent {
        public ServicesChanged {
            serviceIds = serviceIds.stream().sorted().distinct().toList();
        }
    }

    record WorkingHoursChanged(String staffId, WeeklyHours workingHours) implements StaffEvent {
    }
}
