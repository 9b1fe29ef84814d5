package com.salondesk.app.newbooking;

import com.salondesk.app.desk.Explanation;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/** What is wrong with each field of the new-booking form; an empty string means nothing is. */
public record FormErrors(String customer, String service, String staff, String start, String end) {

    public static final FormErrors NONE = new FormErrors("", "", "", "", "");

    /** The fields of the form a broken booking rule can be shown beside. */
    public enum Field {
        CUSTOMER, SERVICE, STAFF, START, END, NONE
    }

    /** Beside which field a rejection's reason belongs (none: it is shown under the form). */
    public static Field fieldOf(String code) {
        return switch (code) {
            case "booking.unknown-customer", "schedule.customer-already-booked" -> Field.CUSTOMER;
            case "booking.unknown-service" -> Field.SERVICE;
            case "booking.unknown-staff", "booking.staff-not-at-branch", "booking.staff-cannot-perform" -> Field.STAFF;
            case "booking.branch-closed", "booking.starts-outside-opening-hours", "booking.staff-off-duty",
                 "booking.starts-outside-working-hours", "schedule.outside-working-hours", "schedule.slot-taken",
                 // the availability rules (issue 12): the start is what to change
                 "booking.falls-on-closure", "booking.falls-on-break", "booking.falls-on-time-off",
                 "booking.outside-shift", "booking.off-on-shift-day", "booking.too-short-notice",
                 "booking.too-far-ahead", "resource.full" -> Field.START;
            case "booking.invalid-time", "booking.spans-days", "booking.ends-after-closing",
                 "booking.ends-after-working-hours" -> Field.END;
            default -> Field.NONE;
        };
    }

    /** Each rejection's words beside its field; the first one per field wins. */
    public static FormErrors of(List<DomainRejection> problems) {
        FormErrors errors = NONE;
        for (DomainRejection problem : problems) {
            errors = errors.orElse(fieldOf(problem.code()), Explanation.of(problem));
        }
        return errors;
    }

    /** These errors, with {@code text} beside {@code field} unless that field already has one. */
    public FormErrors orElse(Field field, String text) {
        return switch (field) {
            case CUSTOMER -> customer.isEmpty() ? new FormErrors(text, service, staff, start, end) : this;
            case SERVICE -> service.isEmpty() ? new FormErrors(customer, text, staff, start, end) : this;
            case STAFF -> staff.isEmpty() ? new FormErrors(customer, service, text, start, end) : this;
            case START -> start.isEmpty() ? new FormErrors(customer, service, staff, text, end) : this;
            case END -> end.isEmpty() ? new FormErrors(customer, service, staff, start, text) : this;
            case NONE -> this;
        };
    }

    public boolean any() {
        return !(customer.isEmpty() && service.isEmpty() && staff.isEmpty() && start.isEmpty() && end.isEmpty());
    }
}
