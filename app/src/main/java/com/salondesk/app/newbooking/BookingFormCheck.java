package com.salondesk.app.newbooking;

import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the new-booking form before anything is written, field by field, with the domain's own hours
 * ({@link Availability}); the booking desk still has the last word (a slot taken meanwhile, say).
 */
final class BookingFormCheck {

    private BookingFormCheck() {
    }

    static FormErrors check(BranchView branch, LocalDate date, CustomerView customer, ServiceView service,
                            StaffView staff, String startText, String endText) {
        String customerError = customer == null ? "Choose a customer from the suggestions, or add a new one." : "";
        String serviceError = service == null ? "Choose a service." : "";
        String staffError = staff == null ? "Choose who does it."
                : service != null && !staff.canPerform(service.serviceId())
                ? staff.name() + " does not do " + service.name() + ". Choose someone who does." : "";
        Optional<LocalTime> start = ClockTime.parse(startText);
        Optional<LocalTime> end = ClockTime.parse(endText);
        String startError = start.isEmpty() ? "Enter the start as hh:mm, e.g. 09:30."
                : date == null ? "Choose a day." : startProblem(branch, date, staff, start.get());
        String endError = end.isEmpty() ? "Enter the end as hh:mm, e.g. 10:15."
                : start.isEmpty() || !startError.isEmpty() ? ""
                : endProblem(branch, date, staff, start.get(), end.get());
        return new FormErrors(customerError, serviceError, staffError, startError, endError);
    }

    private static String startProblem(BranchView branch, LocalDate date, StaffView staff, LocalTime start) {
        List<TimeRange> opening = branch.openingHours().on(date);
        if (opening.isEmpty()) {
            return branch.name() + " is closed on " + plural(date) + ".";
        }
        if (opening.stream().noneMatch(r -> within(r, start))) {
            return branch.name() + " is open " + list(opening) + " on " + plural(date) + ".";
        }
        if (staff == null) {
            return "";
        }
        List<TimeRange> working = Availability.workingWindows(branch.openingHours(), staff.workingHours(), date);
        if (working.isEmpty()) {
            return staff.name() + " does not work on " + plural(date) + ".";
        }
        if (working.stream().noneMatch(r -> within(r, start))) {
            return staff.name() + " works " + list(working) + " on " + plural(date) + ".";
        }
        return "";
    }

    private static String endProblem(BranchView branch, LocalDate date, StaffView staff, LocalTime start,
                                     LocalTime end) {
        if (!end.isAfter(start)) {
            return "The end must be after the start (" + start + ").";
        }
        TimeRange open = branch.openingHours().on(date).stream().filter(r -> within(r, start)).findFirst()
                .orElseThrow();
        if (end.isAfter(open.end())) {
            return branch.name() + " closes at " + open.end() + ".";
        }
        if (staff != null) {
            TimeRange working = Availability.workingWindows(branch.openingHours(), staff.workingHours(), date)
                    .stream().filter(r -> within(r, start)).findFirst().orElseThrow();
            if (end.isAfter(working.end())) {
                return staff.name() + " finishes at " + working.end() + " on " + plural(date) + ".";
            }
        }
        return "";
    }

    private static boolean within(TimeRange range, LocalTime time) {
        return !time.isBefore(range.start()) && time.isBefore(range.end());
    }

    private static String list(List<TimeRange> ranges) {
        return String.join(" and ", ranges.stream().map(TimeRange::toString).toList());
    }

    private static String plural(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + "s";
    }
}
