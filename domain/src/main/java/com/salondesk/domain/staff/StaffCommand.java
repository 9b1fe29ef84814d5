package com.salondesk.domain.staff;

import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

    /** The breaks per weekday (each inside that day's working hours). */
    record ChangeBreaks(String staffId, WeeklyHours breaks, Instant now) implements StaffCommand {
    }

    /** Work these hours on {@code date} instead of the weekly ones; no hours: a day off. */
    record AddShift(String staffId, LocalDate date, List<TimeRange> hours, Instant now) implements StaffCommand {
        public AddShift {
            hours = List.copyOf(hours);
        }
    }

    record RemoveShift(String staffId, LocalDate date, Instant now) implements StaffCommand {
    }

    record AddTimeOff(String staffId, String timeOffId, LocalDateTime start, LocalDateTime end, String reason,
                      Instant now) implements StaffCommand {
    }

    record RemoveTimeOff(String staffId, String timeOffId, Instant now) implements StaffCommand {
    }
}
