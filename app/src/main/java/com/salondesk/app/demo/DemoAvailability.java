package com.salondesk.app.demo;

import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.StaffView;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo chain's availability rules: basins at both branches, a full colour that develops for half an hour at a
 * basin while its colourist takes someone else, a holiday closure a week and a half ahead, a lunch break for every
 * stylist, and some time off next week. Recorded after the demo's bookings, which were placed without them.
 */
final class DemoAvailability {

    private DemoAvailability() {
    }

    static void record(DeskBackEnd desk, Supplier<EventContext> context, Instant now) {
        var rules = desk.availabilitySetup();
        for (BranchView branch : desk.queries().branches()) {
            rules.branch(context.get(), new BranchCommand.AddResource(branch.branchId(), "basin", "Basin",
                    branch.branchId().equals(DemoTeam.SHOREDITCH) ? 3 : 2, now));
            LocalDate today = LocalDate.ofInstant(now, branch.zone());
            rules.branch(context.get(), new BranchCommand.AddClosure(branch.branchId(), "demo-holiday-" + branch.branchId(),
                    today.plusDays(10), null, null, "Staff training day", now));
            List<StaffView> team = desk.queries().staffOf(branch.branchId());
            for (StaffView stylist : team) {
                rules.staff(context.get(), new StaffCommand.ChangeBreaks(stylist.staffId(),
                        lunch(stylist.workingHours()), now));
            }
            if (!team.isEmpty()) {
                LocalDate away = today.plusDays(5);
                rules.staff(context.get(), new StaffCommand.AddTimeOff(team.getFirst().staffId(),
                        "demo-time-off-" + branch.branchId(), away.atTime(9, 0), away.plusDays(2).atTime(9, 0),
                        "Holiday", now));
            }
        }
        rules.service(context.get(), new ServiceCommand.ChangeTiming("full-colour", 45, 30, 45, 0, now));
        rules.service(context.get(), new ServiceCommand.ChangeResources("full-colour", List.of("basin"), now));
    }

    /** Half an hour four hours into each working day, where the day is long enough for one. */
    private static WeeklyHours lunch(WeeklyHours working) {
        Map<DayOfWeek, List<TimeRange>> breaks = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeRange hours : working.on(day)) {
                LocalTime start = hours.start().plusHours(4);
                LocalTime end = start.plusMinutes(30);
                if (start.isAfter(hours.start()) && !end.isAfter(hours.end()) && end.isAfter(start)) {
                    breaks.computeIfAbsent(day, d -> new ArrayList<>()).add(new TimeRange(start, end));
                    break;
                }
            }
        }
        return new WeeklyHours(breaks);
    }
}
