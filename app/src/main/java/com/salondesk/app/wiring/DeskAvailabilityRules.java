package com.salondesk.app.wiring;

import com.salondesk.app.port.AvailabilityRules;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.ServiceView;
import com.salondesk.persistence.read.StaffView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Salon screens' availability rules over the back end: read from the branch's, stylists' and services' own
 * aggregates (what the booking rules check), changed through {@code AvailabilitySetup}, as the person at the desk.
 */
final class DeskAvailabilityRules implements AvailabilityRules {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final String branchId;
    private final Clock clock;

    DeskAvailabilityRules(DeskBackEnd local, Supplier<EventContext> command, String branchId, Clock clock) {
        this.local = local;
        this.command = command;
        this.branchId = branchId;
        this.clock = clock;
    }

    private Branch.Open branch() {
        Branch branch = local.store().load(BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class)
                .state();
        if (branch instanceof Branch.Open open) {
            return open;
        }
        throw new IllegalStateException("this desk's branch " + branchId + " is not in the log yet");
    }

    @Override
    public BranchRules branchRules() {
        Branch.Open branch = branch();
        var rules = branch.rules();
        List<ClosureLine> closures = rules.closures().values().stream()
                .map(c -> new ClosureLine(c.closureId(), c.date(), c.hours() == null ? null : c.hours().start(),
                        c.hours() == null ? null : c.hours().end(), c.reason()))
                .sorted(Comparator.comparing(ClosureLine::date)).toList();
        List<ResourceLine> resources = rules.resources().values().stream()
                .map(r -> new ResourceLine(r.resourceId(), r.name(), r.capacity())).toList();
        return new BranchRules(branch.name(), closures, rules.minimumNoticeMinutes(), rules.furthestAheadDays(),
                resources);
    }

    @Override
    public List<StylistRules> stylists() {
        return local.queries().staffOf(branchId).stream().map(StaffView::staffId).map(this::stylist)
                .filter(s -> s != null).toList();
    }

    private StylistRules stylist(String staffId) {
        if (!(local.store().load(StaffDecider.streamId(staffId), new StaffDecider(), StaffEvent.class).state()
                instanceof StaffMember.Employed e)) {
            return null;
        }
        var rules = e.rules();
        return new StylistRules(e.staffId(), e.name(), e.workingHours(), rules.breaks(),
                rules.shifts().values().stream().map(s -> new ShiftLine(s.date(), s.hours()))
                        .sorted(Comparator.comparing(ShiftLine::date)).toList(),
                rules.timeOff().values().stream().map(t -> new TimeOffLine(t.timeOffId(), t.start(), t.end(),
                        t.reason())).sorted(Comparator.comparing(TimeOffLine::start)).toList());
    }

    @Override
    public List<ServiceTiming> services() {
        return local.queries().services().stream().map(ServiceView::serviceId).map(id -> local.store()
                        .load(ServiceDecider.streamId(id), new ServiceDecider(), ServiceEvent.class).state())
                .filter(SalonService.Offered.class::isInstance).map(SalonService.Offered.class::cast)
                .map(o -> new ServiceTiming(o.serviceId(), o.name(), o.phases().activeMinutes(),
                        o.phases().processingMinutes(), o.phases().finishingMinutes(), o.phases().cleanupMinutes(),
                        o.resourceIds()))
                .toList();
    }

    @Override
    public void addClosure(LocalDate date, LocalTime from, LocalTime to, String reason) {
        branchCommand(new BranchCommand.AddClosure(branchId, UuidV7.next().toString(), date, from, to, reason,
                clock.instant()));
    }

    @Override
    public void removeClosure(String closureId) {
        branchCommand(new BranchCommand.RemoveClosure(branchId, closureId, clock.instant()));
    }

    @Override
    public void changeBookingWindow(int minimumNoticeMinutes, int furthestAheadDays) {
        branchCommand(new BranchCommand.ChangeBookingWindow(branchId, minimumNoticeMinutes, furthestAheadDays,
                clock.instant()));
    }

    @Override
    public void putResource(String resourceId, String name, int capacity) {
        boolean known = branch().rules().resources().containsKey(resourceId);
        branchCommand(known ? new BranchCommand.ChangeResource(branchId, resourceId, name, capacity, clock.instant())
                : new BranchCommand.AddResource(branchId, resourceId, name, capacity, clock.instant()));
    }

    @Override
    public void changeBreaks(String staffId, WeeklyHours breaks) {
        staffCommand(new StaffCommand.ChangeBreaks(staffId, breaks, clock.instant()));
    }

    @Override
    public void addShift(String staffId, LocalDate date, List<TimeRange> hours) {
        staffCommand(new StaffCommand.AddShift(staffId, date, hours, clock.instant()));
    }

    @Override
    public void removeShift(String staffId, LocalDate date) {
        staffCommand(new StaffCommand.RemoveShift(staffId, date, clock.instant()));
    }

    @Override
    public void addTimeOff(String staffId, LocalDateTime start, LocalDateTime end, String reason) {
        staffCommand(new StaffCommand.AddTimeOff(staffId, UuidV7.next().toString(), start, end, reason,
                clock.instant()));
    }

    @Override
    public void removeTimeOff(String staffId, String timeOffId) {
        staffCommand(new StaffCommand.RemoveTimeOff(staffId, timeOffId, clock.instant()));
    }

    @Override
    public void changeTiming(String serviceId, int activeMinutes, int processingMinutes, int finishingMinutes,
                             int cleanupMinutes) {
        serviceCommand(new ServiceCommand.ChangeTiming(serviceId, activeMinutes, processingMinutes, finishingMinutes,
                cleanupMinutes, clock.instant()));
    }

    @Override
    public void changeResources(String serviceId, List<String> resourceIds) {
        serviceCommand(new ServiceCommand.ChangeResources(serviceId, resourceIds, clock.instant()));
    }

    private void branchCommand(BranchCommand c) {
        Writes.run(local, () -> local.availabilitySetup().branch(command.get(), c));
    }

    private void staffCommand(StaffCommand c) {
        Writes.run(local, () -> local.availabilitySetup().staff(command.get(), c));
    }

    private void serviceCommand(ServiceCommand c) {
        Writes.run(local, () -> local.availabilitySetup().service(command.get(), c));
    }
}
