package com.salondesk.domain.staff;

import java.util.Set;
import java.time.Instant;
import com.salondesk.domain.availability.Shift;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.util.HashSet;
import java.util.List;

/** Hires staff and keeps what they can do and when they work. */
public final class StaffDecider implements Decider<StaffCommand, StaffMember, StaffEvent> {

    public static String streamId(String staffId) {
        return "staff-" + staffId;
    }

    @Override
    public StaffMember initialState() {
        return new StaffMember.NotHired();
    }

    @Override
    public List<StaffEvent> decide(StaffCommand command, StaffMember state) {
        return switch (command) {
            case StaffCommand.Hire h -> switch (state) {
                case StaffMember.NotHired n -> {
                    if (h.name() == null || h.name().isBlank()) {
                        throw new DomainRejection("staff.name-required");
                    }
                    yield List.of(new StaffEvent.Hired(h.staffId(), h.branchId(), h.name().strip(), h.role(),
                            List.copyOf(h.serviceIds()), h.workingHours()));
                }
                case StaffMember.Employed e -> throw new DomainRejection("staff.already-hired", e.name());
            };
            case StaffCommand.ChangeServices c -> switch (state) {
                case StaffMember.NotHired n -> throw notFound(c.staffId());
                case StaffMember.Employed e when e.serviceIds().equals(new HashSet<>(c.serviceIds())) -> List.of();
                case StaffMember.Employed e -> List.of(new StaffEvent.ServicesChanged(e.staffId(), List.copyOf(c.serviceIds())));
            };
            case StaffCommand.ChangeWorkingHours c -> switch (state) {
                case StaffMember.NotHired n -> throw notFound(c.staffId());
                case StaffMember.Employed e when e.workingHours().equals(c.workingHours()) -> List.of();
                case StaffMember.Employed e -> List.of(new StaffEvent.WorkingHoursChanged(e.staffId(), c.workingHours()));
            };
            case StaffCommand.ChangeBreaks c -> StaffRulesDecisions.changeBreaks(c, employed(state, c.staffId()));
            case StaffCommand.AddShift c -> StaffRulesDecisions.addShift(c, employed(state, c.staffId()));
            case StaffCommand.RemoveShift c -> StaffRulesDecisions.removeShift(c, employed(state, c.staffId()));
            case StaffCommand.AddTimeOff c -> StaffRulesDecisions.addTimeOff(c, employed(state, c.staffId()));
            case StaffCommand.RemoveTimeOff c -> StaffRulesDecisions.removeTimeOff(c, employed(state, c.staffId()));
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static StaffCommand again(StaffEvent event, Instant now) {
        return switch (event) {
            case StaffEvent.Hired h -> new StaffCommand.Hire(h.staffId(), h.branchId(), h.name(), h.role(),
                    Set.copyOf(h.serviceIds()), h.workingHours(), now);
            case StaffEvent.ServicesChanged c -> new StaffCommand.ChangeServices(c.staffId(), Set.copyOf(c.serviceIds()),
                    now);
            case StaffEvent.WorkingHoursChanged c -> new StaffCommand.ChangeWorkingHours(c.staffId(), c.workingHours(),
                    now);
            case StaffEvent.BreaksChanged c -> new StaffCommand.ChangeBreaks(c.staffId(), c.breaks(), now);
            case StaffEvent.ShiftAdded c -> new StaffCommand.AddShift(c.staffId(), c.date(), c.hours(), now);
            case StaffEvent.ShiftRemoved c -> new StaffCommand.RemoveShift(c.staffId(), c.date(), now);
            case StaffEvent.TimeOffAdded c -> new StaffCommand.AddTimeOff(c.staffId(), c.timeOffId(), c.start(),
                    c.end(), c.reason(), now);
            case StaffEvent.TimeOffRemoved c -> new StaffCommand.RemoveTimeOff(c.staffId(), c.timeOffId(), now);
        };
    }

    @Override
    public StaffMember evolve(StaffMember state, StaffEvent event) {
        return switch (event) {
            case StaffEvent.Hired h -> new StaffMember.Employed(h.staffId(), h.branchId(), h.name(), h.role(),
                    new HashSet<>(h.serviceIds()), h.workingHours());
            case StaffEvent.ServicesChanged c -> state instanceof StaffMember.Employed e
                    ? new StaffMember.Employed(e.staffId(), e.branchId(), e.name(), e.role(), new HashSet<>(c.serviceIds()), e.workingHours(), e.rules())
                    : state;
            case StaffEvent.WorkingHoursChanged c -> state instanceof StaffMember.Employed e
                    ? new StaffMember.Employed(e.staffId(), e.branchId(), e.name(), e.role(), e.serviceIds(), c.workingHours(), e.rules())
                    : state;
            case StaffEvent.BreaksChanged c -> state instanceof StaffMember.Employed e
                    ? e.with(e.rules().withBreaks(c.breaks())) : state;
            case StaffEvent.ShiftAdded c -> state instanceof StaffMember.Employed e
                    ? e.with(e.rules().withShift(new Shift(c.date(), c.hours()))) : state;
            case StaffEvent.ShiftRemoved c -> state instanceof StaffMember.Employed e
                    ? e.with(e.rules().withoutShift(c.date())) : state;
            case StaffEvent.TimeOffAdded c -> state instanceof StaffMember.Employed e
                    ? e.with(e.rules().withTimeOff(StaffRulesDecisions.timeOff(c))) : state;
            case StaffEvent.TimeOffRemoved c -> state instanceof StaffMember.Employed e
                    ? e.with(e.rules().withoutTimeOff(c.timeOffId())) : state;
        };
    }

    private static StaffMember.Employed employed(StaffMember state, String staffId) {
        return switch (state) {
            case StaffMember.NotHired n -> throw notFound(staffId);
            case StaffMember.Employed e -> e;
        };
    }

    private static DomainRejection notFound(String staffId) {
        return new DomainRejection("staff.not-found", staffId);
    }
}
