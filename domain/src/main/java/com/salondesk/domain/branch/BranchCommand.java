package com.salondesk.domain.branch;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

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

    /** Close the branch on a date: all day ({@code from} and {@code to} null) or from–to. */
    record AddClosure(String branchId, String closureId, LocalDate date, @Nullable LocalTime from,
                      @Nullable LocalTime to, String reason, Instant now) implements BranchCommand {
    }

    record RemoveClosure(String branchId, String closureId, Instant now) implements BranchCommand {
    }

    /** How soon (minutes from now) and how far ahead (days) a visit may be booked. */
    record ChangeBookingWindow(String branchId, int minimumNoticeMinutes, int furthestAheadDays, Instant now)
            implements BranchCommand {
    }

    record AddResource(String branchId, String resourceId, String name, int capacity, Instant now)
            implements BranchCommand {
    }

    /** A resource's new name or capacity. */
    record ChangeResource(String branchId, String resourceId, String name, int capacity, Instant now)
            implements BranchCommand {
    }
}
