package com.salondesk.app.newbooking;

import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
        String customerError = customer == null ? Texts.get("newBooking.check.customer") : "";
        String serviceError = service == null ? Texts.get("newBooking.check.service") : "";
        String staffError = staff == null ? Texts.get("newBooking.check.staff")
                : service != null && !staff.canPerform(service.serviceId())
                ? Texts.get("newBooking.check.staffCannotPerform", staff.name(), service.name()) : "";
        Optional<LocalTime> start = ClockTime.parse(startText);
        Optional<LocalTime> end = ClockTime.parse(endText);
        String startError = start.isEmpty() ? Texts.get("newBooking.check.startFormat")
                : date == null ? Texts.get("newBooking.check.day") : startProblem(branch, date, staff, start.get());
        String endError = end.isEmpty() ? Texts.get("newBooking.check.endFormat")
                : start.isEmpty() || !startError.isEmpty() ? ""
                : endProblem(branch, date, staff, start.get(), end.get());
        return new FormErrors(customerError, serviceError, staffError, startError, endError);
    }

    private static String startProblem(BranchView branch, LocalDate date, StaffView staff, LocalTime start) {
        List<TimeRange> opening = branch.openingHours().on(date);
        if (opening.isEmpty()) {
            return Texts.get("newBooking.check.branchClosed", branch.name(), every(date));
        }
        if (opening.stream().noneMatch(r -> within(r, start))) {
            return Texts.get("newBooking.check.branchOpen", branch.name(), Formats.ranges(opening), every(date));
        }
        if (staff == null) {
            return "";
        }
        List<TimeRange> working = Availability.workingWindows(branch.openingHours(), staff.workingHours(), date);
        if (working.isEmpty()) {
            return Texts.get("newBooking.check.staffOff", staff.name(), every(date));
        }
        if (working.stream().noneMatch(r -> within(r, start))) {
            return Texts.get("newBooking.check.staffWorks", staff.name(), Formats.ranges(working), every(date));
        }
        return "";
    }

    private static String endProblem(BranchView branch, LocalDate date, StaffView staff, LocalTime start,
                                     LocalTime end) {
        if (!end.isAfter(start)) {
            return Texts.get("newBooking.check.endBeforeStart", Formats.time(start));
        }
        TimeRange open = branch.openingHours().on(date).stream().filter(r -> within(r, start)).findFirst()
                .orElseThrow();
        if (end.isAfter(open.end())) {
            return Texts.get("newBooking.check.branchCloses", branch.name(), Formats.time(open.end()));
        }
        if (staff != null) {
            TimeRange working = Availability.workingWindows(branch.openingHours(), staff.workingHours(), date)
                    .stream().filter(r -> within(r, start)).findFirst().orElseThrow();
            if (end.isAfter(working.end())) {
                return Texts.get("newBooking.check.staffFinishes", staff.name(), Formats.time(working.end()),
                        every(date));
            }
        }
        return "";
    }

    private static boolean within(TimeRange range, LocalTime time) {
        return !time.isBefore(range.start()) && time.isBefore(range.end());
    }

    private static String every(LocalDate date) {
        return Formats.everyWeekday(date.getDayOfWeek());
    }
}
