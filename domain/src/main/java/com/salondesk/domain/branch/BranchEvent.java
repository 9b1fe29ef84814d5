package com.salondesk.domain.branch;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.WeeklyHours;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

    // ---- when the branch can be booked (issue 12, rules) ----

    /** The branch is closed on {@code date}: all day when {@code from} and {@code to} are null, else from–to. */
    record ClosureAdded(String branchId, String closureId, LocalDate date, @Nullable LocalTime from,
                        @Nullable LocalTime to, String reason) implements BranchEvent {
    }

    record ClosureRemoved(String branchId, String closureId) implements BranchEvent {
    }

    /** Bookings start at least {@code minimumNoticeMinutes} from now and at most {@code furthestAheadDays} ahead. */
    record BookingWindowChanged(String branchId, int minimumNoticeMinutes, int furthestAheadDays)
            implements BranchEvent {
    }

    /** Something services share (a basin, a room), taking {@code capacity} clients at once. */
    record ResourceAdded(String branchId, String resourceId, String name, int capacity) implements BranchEvent {
    }

    record ResourceChanged(String branchId, String resourceId, String name, int capacity) implements BranchEvent {
    }
}
