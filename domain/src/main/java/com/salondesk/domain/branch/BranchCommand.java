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

    /** How many minutes before an appointment the desk may check the customer in (and complete it). */
    record ChangeCheckInWindow(String branchId, int minutes, Instant now) implements BranchCommand {
    }

    /** Set the branch's tax rates in percent per kind of sale ({@link TaxRates#SERVICES}, {@link TaxRates#RETAIL}). */
    record ChangeTaxRates(String branchId, TaxRates rates, Instant now) implements BranchCommand {
    }
}
