package com.salondesk.persistence.command;

import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.CustomerCommand;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.tenant.TenantCommand;
import com.salondesk.domain.tenant.TenantDecider;
import com.salondesk.domain.tenant.TenantEvent;
import com.salondesk.persistence.desk.EventContext;

/** Commands on the chain's reference data: the tenant, branches, services, staff and customers. */
public final class ChainSetup {

    private final AggregateStore store;

    public ChainSetup(AggregateStore store) {
        this.store = store;
    }

    public void registerTenant(EventContext context, TenantCommand.Register command) {
        store.execute(context, TenantDecider.streamId(command.tenantId()), new TenantDecider(), TenantEvent.class, command);
    }

    public void openBranch(EventContext context, BranchCommand.Open command) {
        store.execute(context, BranchDecider.streamId(command.branchId()), new BranchDecider(), BranchEvent.class, command);
    }

    public void changeOpeningHours(EventContext context, BranchCommand.ChangeOpeningHours command) {
        store.execute(context, BranchDecider.streamId(command.branchId()), new BranchDecider(), BranchEvent.class, command);
    }

    /** Sets how many minutes before an appointment the branch's desks may check in (and complete). */
    public void changeCheckInWindow(EventContext context, BranchCommand.ChangeCheckInWindow command) {
        store.execute(context, BranchDecider.streamId(command.branchId()), new BranchDecider(), BranchEvent.class, command);
    }

    /** Sets a branch's tax rates per kind of sale (services, retail); tips are never taxed. */
    public void changeTaxRates(EventContext context, BranchCommand.ChangeTaxRates command) {
        store.execute(context, BranchDecider.streamId(command.branchId()), new BranchDecider(), BranchEvent.class, command);
    }

    public void addService(EventContext context, ServiceCommand.Add command) {
        store.execute(context, ServiceDecider.streamId(command.serviceId()), new ServiceDecider(), ServiceEvent.class, command);
    }

    /** The back-bar products one service uses (what a booking reserves and, unless told otherwise, uses). */
    public void changeProductsUsed(EventContext context, ServiceCommand.ChangeProductsUsed command) {
        store.execute(context, ServiceDecider.streamId(command.serviceId()), new ServiceDecider(), ServiceEvent.class, command);
    }

    /** The deposit a service asks for at booking (a null amount: none). */
    public void changeDeposit(EventContext context, ServiceCommand.ChangeDeposit command) {
        store.execute(context, ServiceDecider.streamId(command.serviceId()), new ServiceDecider(), ServiceEvent.class, command);
    }

    public void hire(EventContext context, StaffCommand.Hire command) {
        store.execute(context, StaffDecider.streamId(command.staffId()), new StaffDecider(), StaffEvent.class, command);
    }

    /** Registers a new customer and returns the id given to them. */
    public String registerCustomer(EventContext context, CustomerDetails details, java.time.Instant now) {
        String customerId = UuidV7.next().toString();
        store.executeOnNewStream(context, CustomerDecider.streamId(customerId), new CustomerDecider(),
                CustomerEvent.class, new CustomerCommand.Register(customerId, details, now));
        return customerId;
    }

    public void registerCustomer(EventContext context, CustomerCommand.Register command) {
        store.execute(context, CustomerDecider.streamId(command.customerId()), new CustomerDecider(),
                CustomerEvent.class, command);
    }

    public void changeCustomerDetails(EventContext context, CustomerCommand.ChangeDetails command) {
        store.execute(context, CustomerDecider.streamId(command.customerId()), new CustomerDecider(),
                CustomerEvent.class, command);
    }
}
