package com.salondesk.domain.staff;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    // ---- when the staff member can be booked (issue 12, rules) ----

    /** The breaks per weekday, in place of the earlier ones. */
    record BreaksChanged(String staffId, WeeklyHours breaks) implements StaffEvent {
    }

    /** On {@code date} the staff member works these hours instead of the weekly ones (none: a day off). */
    record ShiftAdded(String staffId, LocalDate date, List<TimeRange> hours) implements StaffEvent {
        public ShiftAdded {
            hours = hours.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        }
    }

    record ShiftRemoved(String staffId, LocalDate date) implements StaffEvent {
    }

    /** Away from {@code start} to {@code end} (the branch's local time). */
    record TimeOffAdded(String staffId, String timeOffId, LocalDateTime start, LocalDateTime end, String reason)
            implements StaffEvent {
    }

    record TimeOffRemoved(String staffId, String timeOffId) implements StaffEvent {
    }
}
