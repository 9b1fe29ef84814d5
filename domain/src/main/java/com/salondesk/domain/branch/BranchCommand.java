package com.salondesk.domain.branch;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.Instant;

/** What headquarters can ask of a branch. */
public sealed interface BranchCommand {
    record Open(String branchId, String name, Address address, String timeZone, String currency,
                WeeklyHours openingHours, Instant now) implements BranchCommand {
    }

    record ChangeOpeningHours(String branchId, WeeklyHours openingHours, Instant now) implements BranchCommand {
    }
}
