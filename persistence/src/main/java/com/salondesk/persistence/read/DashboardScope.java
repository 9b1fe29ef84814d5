package com.salondesk.persistence.read;

import org.jspecify.annotations.Nullable;

/** Which figures the dashboard shows: one branch's, or the whole chain's (headquarters) when {@code branchId} is null. */
public record DashboardScope(@Nullable String branchId) {

    public static DashboardScope wholeChain() {
        return new DashboardScope(null);
    }

    public static DashboardScope branch(String branchId) {
        return new DashboardScope(java.util.Objects.requireNonNull(branchId, "branchId"));
    }

    public boolean isWholeChain() {
        return branchId == null;
    }
}
