package com.salondesk.app.wiring;

import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.BusinessFigures;
import com.salondesk.app.port.DashboardFigures;
import com.salondesk.app.port.DayFigures;
import com.salondesk.app.port.DeadLetters;
import com.salondesk.app.port.StylistMinutes;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.DashboardQueries;
import com.salondesk.persistence.read.DashboardScope;
import com.salondesk.persistence.read.RebookingFigure;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures from the dashboard read model, the low-stock count from the stock read model (summed over
 * the branches for the whole chain) and the dead letters the support strip counts.
 */
final class DeskDashboard implements BusinessFigures {

    private final DeskBackEnd local;
    private final DeadLetters deadLetters;
    private final String homeBranchId;

    DeskDashboard(DeskBackEnd local, DeadLetters deadLetters, String homeBranchId) {
        this.local = local;
        this.deadLetters = deadLetters;
        this.homeBranchId = homeBranchId;
    }

    @Override
    public List<BranchView> branches() {
        return local.queries().branches().stream().map(ReadViews::of).toList();
    }

    @Override
    public String homeBranchId() {
        return homeBranchId;
    }

    @Override
    public DashboardFigures read(@Nullable String branchId, LocalDate today, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("the dashboard shows at least one day, not " + days);
        }
        DashboardScope scope = branchId == null ? DashboardScope.wholeChain() : DashboardScope.branch(branchId);
        DashboardQueries queries = local.dashboardQueries();
        LocalDate first = today.minusDays(days - 1L);
        List<DayFigures> figures = queries.days(scope, first, today).stream()
                .map(d -> new DayFigures(d.date(), d.bookingsByStatus(), d.expected(), d.taken())).toList();
        List<StylistMinutes> stylists = queries.stylists(scope, today, today).stream()
                .map(s -> new StylistMinutes(s.staffId(), s.name(), s.bookedMinutes(), s.workingMinutes())).toList();
        RebookingFigure rebooking = queries.rebooking(scope, first, today);
        List<String> branches = branchId == null
                ? local.queries().branches().stream().map(com.salondesk.persistence.read.BranchView::branchId).toList()
                : List.of(branchId);
        int lowStock = 0;
        for (String branch : branches) {
            lowStock += local.stockQueries().lowStock(branch).size();
        }
        return new DashboardFigures(today, figures, stylists, rebooking.visited(), rebooking.rebooked(), lowStock,
                deadLetters.countDead());
    }
}
