package com.salondesk.domain.booking;

import com.salondesk.domain.availability.Phases;
import com.salondesk.domain.availability.Shift;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchRules;
import com.salondesk.domain.branch.BranchRules.BranchClosure;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.domain.staff.StaffRules.StaffTimeOff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The availability rules a booking's place must keep beyond opening and working hours, as {@link BookingPolicy}
 * applies them: the booking window, closures, one-off shifts, breaks and time off.
 */
final class PlacementRules {

    private PlacementRules() {
    }

    /**
     * Too short notice, or too far ahead, counted from {@code now} in the branch's time zone; nothing for a branch
     * that never set its booking window (it books any time, as before it could set one).
     */
    static List<DomainRejection> windowProblems(Branch.Open branch, LocalDateTime start, Instant now) {
        BranchRules rules = branch.rules();
        if (!rules.windowSet()) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(branch.timeZone());
        ZonedDateTime at = start.atZone(zone);
        ZonedDateTime earliest = now.atZone(zone).plusMinutes(rules.minimumNoticeMinutes());
        if (at.isBefore(earliest)) {
            return List.of(new DomainRejection("booking.too-short-notice", branch.name(),
                    rules.minimumNoticeMinutes(), earliest.toLocalDate(), earliest.toLocalTime().withNano(0)));
        }
        ZonedDateTime latest = now.atZone(zone).plus(Duration.ofDays(rules.furthestAheadDays()));
        if (at.isAfter(latest)) {
            return List.of(new DomainRejection("booking.too-far-ahead", branch.name(), rules.furthestAheadDays(),
                    latest.toLocalDate()));
        }
        return List.of();
    }

    /**
     * A closure the client's time falls on, and the stylist's one-off shift, breaks and time off the time the stylist
     * works falls on (not the processing gap). Start and end on one date, end after start: checked before.
     */
    static List<DomainRejection> dayProblems(Branch.Open branch, StaffMember.Employed stylist, SalonService service,
                                             LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null || !end.isAfter(start) || !end.toLocalDate().equals(start.toLocalDate())) {
            return List.of();
        }
        LocalDate date = start.toLocalDate();
        var visit = new TimeRange(start.toLocalTime(), end.toLocalTime());
        List<DomainRejection> problems = new ArrayList<>();
        for (BranchClosure closure : branch.rules().closuresOn(date)) {
            if (closure.hours() == null || closure.hours().overlaps(visit)) {
                problems.add(new DomainRejection("booking.falls-on-closure", branch.name(), date, closure.reason()));
                break;
            }
        }
        List<TimeRange> worked = StaffDay.held(visit, processingGap(service, start, end));
        Shift shift = stylist.rules().shifts().get(date);
        if (shift != null && worked.stream().anyMatch(w -> !Availability.covers(shift.hours(), w))) {
            problems.add(shift.hours().isEmpty() ? new DomainRejection("booking.off-on-shift-day", stylist.name(), date)
                    : new DomainRejection("booking.outside-shift", stylist.name(), shift.hours(), date));
        }
        for (TimeRange pause : stylist.rules().breaks().on(date)) {
            if (worked.stream().anyMatch(pause::overlaps)) {
                problems.add(new DomainRejection("booking.falls-on-break", stylist.name(), pause));
                break;
            }
        }
        for (StaffTimeOff off : stylist.rules().timeOff().values()) {
            boolean away = worked.stream().anyMatch(w -> off.start().isBefore(date.atTime(w.end()))
                    && off.end().isAfter(date.atTime(w.start())));
            if (away) {
                problems.add(new DomainRejection("booking.falls-on-time-off", stylist.name(),
                        off.start().toLocalDate(), off.start().toLocalTime(), off.end().toLocalDate(),
                        off.end().toLocalTime(), off.reason()));
                break;
            }
        }
        return problems;
    }

    /** The stylist's hours on {@code date} while the branch is open, a one-off shift in place of the weekly ones. */
    static List<TimeRange> workingWindows(Branch.Open branch, StaffMember.Employed stylist, LocalDate date) {
        Shift shift = stylist.rules().shifts().get(date);
        WeeklyHours hours = shift == null ? stylist.workingHours()
                : new WeeklyHours(shift.hours().isEmpty() ? Map.of() : Map.of(date.getDayOfWeek(), shift.hours()));
        return Availability.workingWindows(branch.openingHours(), hours, date);
    }

    static boolean onShift(StaffMember.Employed stylist, LocalDate date) {
        return stylist.rules().shifts().containsKey(date);
    }

    /** The processing phase of a timed service booked for its full length; null otherwise. */
    static TimeRange processingGap(SalonService service, LocalDateTime start, LocalDateTime end) {
        if (!(service instanceof SalonService.Offered offered) || start == null || end == null) {
            return null;
        }
        Phases phases = offered.phases();
        if (phases.processingMinutes() == 0 || Duration.between(start, end).toMinutes() != phases.clientMinutes()) {
            return null;
        }
        LocalDateTime from = start.plusMinutes(phases.activeMinutes());
        LocalDateTime to = from.plusMinutes(phases.processingMinutes());
        return to.toLocalDate().equals(start.toLocalDate()) ? new TimeRange(from.toLocalTime(), to.toLocalTime())
                : null;
    }
}
