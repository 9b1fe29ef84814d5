package com.salondesk.domain.staff;

import java.util.Set;
import java.time.Instant;
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
        };
    }

    @Override
    public StaffMember evolve(StaffMember state, StaffEvent event) {
        return switch (event) {
            case StaffEvent.Hired h -> new StaffMember.Employed(h.staffId(), h.branchId(), h.name(), h.role(),
                    new HashSet<>(h.serviceIds()), h.workingHours());
            case StaffEvent.ServicesChanged c -> state instanceof StaffMember.Employed e
                    ? new StaffMember.Employed(e.staffId(), e.branchId(), e.name(), e.role(), new HashSet<>(c.serviceIds()), e.workingHours())
                    : state;
            case StaffEvent.WorkingHoursChanged c -> state instanceof StaffMember.Employed e
                    ? new StaffMember.Employed(e.staffId(), e.branchId(), e.name(), e.role(), e.serviceIds(), c.workingHours())
                    : state;
        };
    }

    private static DomainRejection notFound(String staffId) {
        return new DomainRejection("staff.not-found", staffId);
    }
}
