package com.salondesk.app.wiring;

import com.salondesk.app.port.BookingView;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;

/** Copies the desk's read-model rows into the shapes the screens' ports speak. */
final class ReadViews {

    private ReadViews() {
    }

    static BranchView of(com.salondesk.persistence.read.BranchView b) {
        return new BranchView(b.branchId(), b.name(), b.address(), b.zone(), b.currency(), b.openingHours());
    }

    static StaffView of(com.salondesk.persistence.read.StaffView s) {
        return new StaffView(s.staffId(), s.branchId(), s.name(), s.role(), s.serviceIds(), s.workingHours());
    }

    static ServiceView of(com.salondesk.persistence.read.ServiceView s) {
        return new ServiceView(s.serviceId(), s.name(), s.category(), s.durationMinutes(), s.price());
    }

    static BookingView of(com.salondesk.persistence.read.BookingView b) {
        return new BookingView(b.bookingId(), b.customerId(), b.customerName(), b.branchId(), b.staffId(),
                b.serviceId(), b.serviceName(), b.status(), b.start(), b.end(), b.price(), b.cancelReason(),
                b.cancelCategory(), b.timeLost(), b.notes());
    }

    static CustomerView of(com.salondesk.persistence.read.CustomerView c) {
        return new CustomerView(c.customerId(), c.name(), c.phone(), c.email(), c.notes(), c.marketingConsent());
    }
}
