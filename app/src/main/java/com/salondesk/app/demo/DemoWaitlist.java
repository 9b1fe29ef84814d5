package com.salondesk.app.demo;

import com.salondesk.domain.waitlist.Wish;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.ServiceView;
import com.salondesk.persistence.read.StaffView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A few customers waiting at the demo desk's branch for a time in the coming days: one for anyone in the afternoon,
 * one for a particular stylist, one any time this week. A cancellation in the demo book offers them the time.
 */
final class DemoWaitlist {

    private DemoWaitlist() {
    }

    static void record(DeskBackEnd desk, DeskIdentity identity, String seeder, List<String> customerIds,
                       Instant now) {
        desk.awaitProjections();
        BranchView branch = desk.queries().branch(identity.branchId()).orElse(null);
        List<ServiceView> services = desk.queries().services();
        List<StaffView> team = branch == null ? List.of() : desk.queries().staffOf(branch.branchId());
        if (branch == null || services.isEmpty() || team.isEmpty() || customerIds.size() < 3) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, branch.zone());
        StaffView stylist = team.getFirst();
        String theirService = services.stream().filter(s -> stylist.serviceIds().contains(s.serviceId()))
                .map(ServiceView::serviceId).findFirst().orElse(services.getFirst().serviceId());
        List<Wish> wishes = List.of(
                new Wish(customerIds.get(0), branch.branchId(), services.getFirst().serviceId(), null, today,
                        today.plusDays(3), LocalTime.of(13, 0), LocalTime.of(18, 0), ""),
                new Wish(customerIds.get(1), branch.branchId(), theirService, stylist.staffId(), today,
                        today.plusDays(6), null, null, ""),
                new Wish(customerIds.get(2), branch.branchId(), services.getFirst().serviceId(), null, today,
                        today.plusDays(6), null, null, ""));
        for (Wish wish : wishes) {
            desk.waitlist().join(EventContext.command(identity, seeder), wish);
        }
    }
}
