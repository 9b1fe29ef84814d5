package com.salondesk.domain.staff;

import com.salondesk.domain.availability.Shift;
import com.salondesk.domain.availability.TimeOff;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a staff member is not to be booked although their weekly hours say they work, or works although those say not:
 * breaks per weekday, one-off shifts that replace a date's hours, and time off.
 */
public record StaffRules(WeeklyHours breaks, Map<LocalDate, Shift> shifts, Map<String, StaffTimeOff> timeOff) {

    public StaffRules {
        breaks = breaks == null ? WeeklyHours.none() : breaks;
        shifts = Collections.unmodifiableMap(new LinkedHashMap<>(shifts));
        timeOff = Collections.unmodifiableMap(new LinkedHashMap<>(timeOff));
    }

    public static StaffRules none() {
        return new StaffRules(WeeklyHours.none(), Map.of(), Map.of());
    }

    /** The shifts as the availability engine takes them. */
    public List<Shift> shiftList() {
        return List.copyOf(shifts.values());
    }

    /** The time off as the availability engine takes it. */
    public List<TimeOff> timeOffList() {
        return timeOff.values().stream().map(StaffTimeOff::timeOff).toList();
    }

    StaffRules withBreaks(WeeklyHours newBreaks) {
        return new StaffRules(newBreaks, shifts, timeOff);
    }

    StaffRules withShift(Shift shift) {
        Map<LocalDate, Shift> next = new LinkedHashMap<>(shifts);
        next.put(shift.date(), shift);
        return new StaffRules(breaks, next, timeOff);
    }

    StaffRules withoutShift(LocalDate date) {
        Map<LocalDate, Shift> next = new LinkedHashMap<>(shifts);
        next.remove(date);
        return new StaffRules(breaks, next, timeOff);
    }

    StaffRules withTimeOff(StaffTimeOff off) {
        Map<String, StaffTimeOff> next = new LinkedHashMap<>(timeOff);
        next.put(off.timeOffId(), off);
        return new StaffRules(breaks, shifts, next);
    }

    StaffRules withoutTimeOff(String timeOffId) {
        Map<String, StaffTimeOff> next = new LinkedHashMap<>(timeOff);
        next.remove(timeOffId);
        return new StaffRules(breaks, shifts, next);
    }

    /** Time off of a staff member, in the branch's local time; it may span days. */
    public record StaffTimeOff(String timeOffId, LocalDateTime start, LocalDateTime end, String reason) {

        public StaffTimeOff {
            Objects.requireNonNull(timeOffId, "timeOffId");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(reason, "reason");
        }

        public TimeOff timeOff() {
            return new TimeOff(start, end, reason);
        }

        boolean overlaps(StaffTimeOff other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }
}
