package com.salondesk.persistence.command;

import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.persistence.desk.EventContext;

/**
 * Commands on when the chain can be booked: a branch's closures, booking window and resources, a stylist's breaks,
 * one-off shifts and time off, a service's phases and the resources it needs. The screens under Settings call these.
 */
public final class AvailabilitySetup {

    private final AggregateStore store;

    public AvailabilitySetup(AggregateStore store) {
        this.store = store;
    }

    /** Closes the branch on a date (all day, or from–to), or removes a closure; any branch rule of this part. */
    public void branch(EventContext context, BranchCommand command) {
        String branchId = switch (command) {
            case BranchCommand.AddClosure c -> c.branchId();
            case BranchCommand.RemoveClosure c -> c.branchId();
            case BranchCommand.ChangeBookingWindow c -> c.branchId();
            case BranchCommand.AddResource c -> c.branchId();
            case BranchCommand.ChangeResource c -> c.branchId();
            case BranchCommand.Open c -> throw notHere(c);
            case BranchCommand.ChangeOpeningHours c -> throw notHere(c);
            case BranchCommand.ChangeCheckInWindow c -> throw notHere(c);
            case BranchCommand.ChangeTaxRates c -> throw notHere(c);
        };
        store.execute(context, BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class, command);
    }

    /** A stylist's breaks, a one-off shift or time off (added or removed). */
    public void staff(EventContext context, StaffCommand command) {
        String staffId = switch (command) {
            case StaffCommand.ChangeBreaks c -> c.staffId();
            case StaffCommand.AddShift c -> c.staffId();
            case StaffCommand.RemoveShift c -> c.staffId();
            case StaffCommand.AddTimeOff c -> c.staffId();
            case StaffCommand.RemoveTimeOff c -> c.staffId();
            case StaffCommand.Hire c -> throw notHere(c);
            case StaffCommand.ChangeServices c -> throw notHere(c);
            case StaffCommand.ChangeWorkingHours c -> throw notHere(c);
        };
        store.execute(context, StaffDecider.streamId(staffId), new StaffDecider(), StaffEvent.class, command);
    }

    /** A service's phases, or the resources it needs. */
    public void service(EventContext context, ServiceCommand command) {
        String serviceId = switch (command) {
            case ServiceCommand.ChangeTiming c -> c.serviceId();
            case ServiceCommand.ChangeResources c -> c.serviceId();
            case ServiceCommand.Add c -> throw notHere(c);
            case ServiceCommand.ChangePrice c -> throw notHere(c);
            case ServiceCommand.ChangeProductsUsed c -> throw notHere(c);
            case ServiceCommand.ChangeDeposit c -> throw notHere(c);
        };
        store.execute(context, ServiceDecider.streamId(serviceId), new ServiceDecider(), ServiceEvent.class, command);
    }

    private static IllegalArgumentException notHere(Object command) {
        return new IllegalArgumentException(command.getClass().getSimpleName()
                + " is not an availability rule; ChainSetup runs it");
    }
}
