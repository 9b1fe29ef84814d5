package com.salondesk.domain.branch;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.WeeklyHours;

/** Facts about a branch. */
public sealed interface BranchEvent extends DomainEvent {
    record Opened(String branchId, String name, Address address, String timeZone, String currency,
                  WeeklyHours openingHours) implements BranchEvent {
    }

    record OpeningHoursChanged(String branchId, WeeklyHours openingHours) implements BranchEvent {
    }

    /** Branches opened before this event existed check in from {@link Branch#STANDARD_CHECK_IN_MINUTES}. */
    record CheckInWindowChanged(String branchId, int minutes) implements BranchEvent {
    }
}
