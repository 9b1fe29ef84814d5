package com.salondesk.domain.branch;

import com.salondesk.domain.availability.Resource;
import com.salondesk.domain.branch.BranchRules.BranchClosure;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import java.util.List;

/** The branch decider's part about when the branch can be booked: closures, the booking window, resources. */
final class BranchRulesDecisions {

    /** The longest notice a branch may ask for: two weeks. */
    static final int MAX_NOTICE_MINUTES = 14 * 24 * 60;
    /** How far ahead a branch may take bookings at most: two years. */
    static final int MAX_FURTHEST_AHEAD_DAYS = 2 * 366;
    /** The most clients one resource takes at once. */
    static final int MAX_CAPACITY = 99;

    private BranchRulesDecisions() {
    }

    static List<BranchEvent> addClosure(BranchCommand.AddClosure c, Branch.Open branch) {
        if (c.closureId() == null || c.closureId().isBlank() || c.date() == null) {
            throw new DomainRejection("branch.closure-date-required");
        }
        if ((c.from() == null) != (c.to() == null)) {
            throw new DomainRejection("branch.closure-hours-incomplete");
        }
        if (c.from() != null && !c.to().isAfter(c.from())) {
            throw new DomainRejection("branch.closure-hours-invalid", c.from(), c.to());
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw new DomainRejection("branch.closure-reason-required");
        }
        var event = new BranchEvent.ClosureAdded(branch.branchId(), c.closureId(), c.date(), c.from(), c.to(),
                c.reason().strip());
        BranchClosure wanted = closure(event);
        BranchClosure same = branch.rules().closures().get(c.closureId());
        if (same != null) {
            if (same.equals(wanted)) {
                return List.of();
            }
            throw new DomainRejection("branch.closure-exists", same.date(), same.reason());
        }
        for (BranchClosure other : branch.rules().closures().values()) {
            if (other.overlaps(wanted)) {
                throw new DomainRejection("branch.closure-overlaps", other.date(), other.reason());
            }
        }
        return List.of(event);
    }

    static List<BranchEvent> removeClosure(BranchCommand.RemoveClosure c, Branch.Open branch) {
        return branch.rules().closures().containsKey(c.closureId())
                ? List.of(new BranchEvent.ClosureRemoved(branch.branchId(), c.closureId()))
                : List.of();
    }

    static List<BranchEvent> changeWindow(BranchCommand.ChangeBookingWindow c, Branch.Open branch) {
        if (c.minimumNoticeMinutes() < 0 || c.minimumNoticeMinutes() > MAX_NOTICE_MINUTES) {
            throw new DomainRejection("branch.invalid-minimum-notice", c.minimumNoticeMinutes(), MAX_NOTICE_MINUTES);
        }
        if (c.furthestAheadDays() < 1 || c.furthestAheadDays() > MAX_FURTHEST_AHEAD_DAYS) {
            throw new DomainRejection("branch.invalid-furthest-ahead", c.furthestAheadDays(), MAX_FURTHEST_AHEAD_DAYS);
        }
        if (c.minimumNoticeMinutes() >= c.furthestAheadDays() * 24 * 60) {
            throw new DomainRejection("branch.notice-beyond-furthest-ahead", c.minimumNoticeMinutes(),
                    c.furthestAheadDays());
        }
        BranchRules rules = branch.rules();
        if (rules.windowSet() && rules.minimumNoticeMinutes() == c.minimumNoticeMinutes()
                && rules.furthestAheadDays() == c.furthestAheadDays()) {
            return List.of();
        }
        return List.of(new BranchEvent.BookingWindowChanged(branch.branchId(), c.minimumNoticeMinutes(),
                c.furthestAheadDays()));
    }

    static List<BranchEvent> addResource(BranchCommand.AddResource c, Branch.Open branch) {
        if (c.resourceId() == null || c.resourceId().isBlank()) {
            throw new DomainRejection("branch.resource-id-required");
        }
        requireResource(c.name(), c.capacity());
        Resource existing = branch.rules().resources().get(c.resourceId());
        if (existing != null) {
            if (existing.equals(new Resource(c.resourceId(), c.name().strip(), c.capacity()))) {
                return List.of();
            }
            throw new DomainRejection("branch.resource-exists", existing.name());
        }
        return List.of(new BranchEvent.ResourceAdded(branch.branchId(), c.resourceId(), c.name().strip(),
                c.capacity()));
    }

    static List<BranchEvent> changeResource(BranchCommand.ChangeResource c, Branch.Open branch) {
        Resource existing = branch.rules().resources().get(c.resourceId());
        if (existing == null) {
            throw new DomainRejection("branch.resource-not-found", c.resourceId());
        }
        requireResource(c.name(), c.capacity());
        if (existing.equals(new Resource(c.resourceId(), c.name().strip(), c.capacity()))) {
            return List.of();
        }
        return List.of(new BranchEvent.ResourceChanged(branch.branchId(), c.resourceId(), c.name().strip(),
                c.capacity()));
    }

    private static void requireResource(String name, int capacity) {
        if (name == null || name.isBlank()) {
            throw new DomainRejection("branch.resource-name-required");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new DomainRejection("branch.invalid-resource-capacity", capacity, MAX_CAPACITY);
        }
    }

    static BranchClosure closure(BranchEvent.ClosureAdded e) {
        TimeRange hours = e.from() == null || e.to() == null ? null : new TimeRange(e.from(), e.to());
        return new BranchClosure(e.closureId(), e.date(), hours, e.reason());
    }
}
