package com.salondesk.app.newbooking;

import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.staff.StaffMember;

/**
 * What the form has chosen, as the domain's states, so that the form asks the booking rules themselves
 * ({@link com.salondesk.domain.booking.BookingPolicy}) rather than a copy of them. Nothing chosen is the
 * state of something that does not exist.
 */
final class FormStates {

    private FormStates() {
    }

    static Customer customer(CustomerView view) {
        return view == null ? new Customer.Unknown() : new Customer.Registered(view.customerId(),
                new CustomerDetails(view.name(), view.phone(), view.email(), view.notes(), view.marketingConsent()));
    }

    static Branch branch(BranchView view) {
        // The rules never read the address; the read model keeps it as one line.
        return view == null ? new Branch.NotOpened() : new Branch.Open(view.branchId(), view.name(),
                new Address(view.address(), "", "", ""), view.zone().getId(), view.currency(), view.openingHours());
    }

    static StaffMember staff(StaffView view) {
        return view == null ? new StaffMember.NotHired() : new StaffMember.Employed(view.staffId(), view.branchId(),
                view.name(), view.role(), view.serviceIds(), view.workingHours());
    }

    static SalonService service(ServiceView view) {
        return view == null ? new SalonService.NotOffered() : new SalonService.Offered(view.serviceId(), view.name(),
                view.category(), view.durationMinutes(), view.price());
    }
}
