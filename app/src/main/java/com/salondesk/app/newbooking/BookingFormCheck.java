package com.salondesk.app.newbooking;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.booking.NewBooking;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Checks the new-booking form before anything is written, field by field. The booking rules are the domain's
 * own ({@link BookingPolicy#problems}); this form only reads the typed times and says which field each broken
 * rule belongs to. The booking desk still has the last word (a slot taken meanwhile, say). Moving a booking
 * that lost its time (the Needs-attention screen) asks the same check.
 */
public final class BookingFormCheck {

    private BookingFormCheck() {
    }

    /** What is wrong with each field of a booking asked for with these choices and typed times. */
    public static FormErrors check(BranchView branch, LocalDate date, CustomerView customer, ServiceView service,
                            StaffView staff, String startText, String endText) {
        Optional<LocalTime> start = ClockTime.parse(startText);
        Optional<LocalTime> end = ClockTime.parse(endText);
        NewBooking request = request(branch, date, customer, service, staff, start, end);
        FormErrors errors = FormErrors.of(BookingPolicy.problems(request, FormStates.customer(customer),
                FormStates.branch(branch), FormStates.staff(staff), FormStates.service(service)));
        // What the desk typed, read before any rule: until the start reads, nothing about the times can be said.
        if (start.isEmpty() || date == null) {
            String startError = Texts.get(start.isEmpty() ? "newBooking.check.startFormat" : "newBooking.check.day");
            return new FormErrors(errors.customer(), errors.service(), errors.staff(), startError,
                    end.isEmpty() ? Texts.get("newBooking.check.endFormat") : "");
        }
        if (end.isEmpty()) {
            return new FormErrors(errors.customer(), errors.service(), errors.staff(), errors.start(),
                    Texts.get("newBooking.check.endFormat"));
        }
        return errors;
    }

    private static NewBooking request(BranchView branch, LocalDate date, CustomerView customer, ServiceView service,
                                      StaffView staff, Optional<LocalTime> start, Optional<LocalTime> end) {
        return new NewBooking(customer == null ? null : customer.customerId(), branch.branchId(),
                staff == null ? null : staff.staffId(), service == null ? null : service.serviceId(),
                date == null ? null : start.map(date::atTime).orElse(null),
                date == null ? null : end.map(date::atTime).orElse(null), false);
    }
}
