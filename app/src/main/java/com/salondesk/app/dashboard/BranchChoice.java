package com.salondesk.app.dashboard;

import org.jspecify.annotations.Nullable;

/** One entry of the dashboard's branch chooser: a branch, or the whole chain ({@code branchId} null). */
public record BranchChoice(@Nullable String branchId, String name, String currency) {

    public boolean isWholeChain() {
        return branchId == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
