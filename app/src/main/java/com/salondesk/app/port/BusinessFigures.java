package com.salondesk.app.port;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dashboard's figures: a branch's or the whole chain's business read from the desk's read models. */
public interface BusinessFigures {

    /** The chain's branches, for the dashboard's chooser. */
    List<BranchView> branches();

    /** The branch this desk stands in. */
    String homeBranchId();

    /**
     * The figures of the {@code days} business days up to and including {@code today}, for one branch or the whole
     * chain ({@code branchId} null); blocks (call it off the FX thread).
     */
    DashboardFigures read(@Nullable String branchId, LocalDate today, int days);
}
