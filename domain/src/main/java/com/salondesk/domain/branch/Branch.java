package com.salondesk.domain.branch;

import com.salondesk.domain.shared.WeeklyHours;

/** A branch of the chain, before and after it opened. */
public sealed interface Branch {
    record NotOpened() implements Branch {
    }

    record Open(String branchId, String name, Address address, String timeZone, String currency,
                WeeklyHours openingHours) implements Branch {
    }
}
