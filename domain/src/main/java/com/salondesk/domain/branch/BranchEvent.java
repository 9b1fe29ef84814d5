package com.salondesk.domain.branch;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.WeeklyHours;
import java.math.BigDecimal;
import java.util.Map;

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

    /** The branch's tax rates in percent per kind of sale (see {@link TaxRates}); replaces the earlier ones. */
    record TaxRatesChanged(String branchId, Map<String, BigDecimal> percentByCategory)
            implements BranchEvent {
        public TaxRatesChanged {
            percentByCategory = new TaxRates(percentByCategory).percentByCategory();
        }
    }
}
