package com.salondesk.domain.staff;

import com.salondesk.domain.availability.Shift;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.staff.StaffRules.StaffTimeOff;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The staff decider's part about when a staff member can be booked: breaks, one-off shifts, time off. */
final class StaffRulesDecisions {

    /** The longest single time off: a year (a longer absence is leaving). */
    static final Duration LONGEST_TIME_OFF = Duration.ofDays(366);

    private StaffRulesDecisions() {
    }

    static List<StaffEvent> changeBreaks(StaffCommand.ChangeBreaks c, StaffMember.Employed staff) {
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeRange pause : c.breaks().on(day)) {
                if (staff.workingHours().on(day).stream().noneMatch(hours -> hours.contains(pause))) {
                    throw new DomainRejection("staff.break-outside-working-hours", pause, day);
                }
            }
        }
        return staff.rules().breaks().equals(c.breaks()) ? List.of()
                : List.of(new StaffEvent.BreaksChanged(staff.staffId(), c.breaks()));
    }

    static List<StaffEvent> addShift(StaffCommand.AddShift c, StaffMember.Employed staff) {
        if (c.date() == null) {
            throw new DomainRejection("staff.shift-date-required");
        }
        List<TimeRange> sorted = new ArrayList<>(c.hours());
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new DomainRejection("staff.shift-hours-overlap", sorted.get(i - 1), sorted.get(i));
            }
        }
        var event = new StaffEvent.ShiftAdded(staff.staffId(), c.date(), sorted);
        Shift existing = staff.rules().shifts().get(c.date());
        // Another shift on the same date replaces the earlier one: a date has one set of hours.
        return existing != null && existing.hours().equals(event.hours()) ? List.of() : List.of(event);
    }

    static List<StaffEvent> removeShift(StaffCommand.RemoveShift c, StaffMember.Employed staff) {
        return staff.rules().shifts().containsKey(c.date())
                ? List.of(new StaffEvent.ShiftRemoved(staff.staffId(), c.date())) : List.of();
    }

    static List<StaffEvent> addTimeOff(StaffCommand.AddTimeOff c, StaffMember.Employed staff) {
        if (c.timeOffId() == null || c.timeOffId().isBlank() || c.start() == null || c.end() == null) {
            throw new DomainRejection("staff.time-off-times-required");
        }
        if (!c.end().isAfter(c.start())) {
            throw new DomainRejection("staff.time-off-ends-before-start");
        }
        if (Duration.between(c.start(), c.end()).compareTo(LONGEST_TIME_OFF) > 0) {
            throw new DomainRejection("staff.time-off-too-long", LONGEST_TIME_OFF.toDays());
        }
        var event = new StaffEvent.TimeOffAdded(staff.staffId(), c.timeOffId(), c.start(), c.end(),
                c.reason() == null ? "" : c.reason().strip());
        StaffTimeOff wanted = timeOff(event);
        StaffTimeOff same = staff.rules().timeOff().get(c.timeOffId());
        if (same != null) {
            if (same.equals(wanted)) {
                return List.of();
            }
            throw new DomainRejection("staff.time-off-exists", same.start().toLocalDate(), same.start().toLocalTime(),
                    same.end().toLocalDate(), same.end().toLocalTime());
        }
        for (StaffTimeOff other : staff.rules().timeOff().values()) {
            if (other.overlaps(wanted)) {
                throw new DomainRejection("staff.time-off-overlaps", other.start().toLocalDate(),
                        other.start().toLocalTime(), other.end().toLocalDate(), other.end().toLocalTime(),
                        other.reason());
            }
        }
        return List.of(event);
    }

    static List<StaffEvent> removeTimeOff(StaffCommand.RemoveTimeOff c, StaffMember.Employed staff) {
        return staff.rules().timeOff().containsKey(c.timeOffId())
                ? List.of(new StaffEvent.TimeOffRemoved(staff.staffId(), c.timeOffId())) : List.of();
    }

    static StaffTimeOff timeOff(StaffEvent.TimeOffAdded e) {
        return new StaffTimeOff(e.timeOffId(), e.start(), e.end(), e.reason());
    }
}
