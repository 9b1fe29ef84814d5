package com.salondesk.domain.availability;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a stylist of the branch works and what they do: weekly hours and breaks per weekday, one-off shifts that
 * replace a date's hours, time off, and the services they perform.
 */
public record StaffRota(String staffId, Set<String> serviceIds, WeeklyHours workingHours, WeeklyHours breaks,
                        List<Shift> shifts, List<TimeOff> timeOff) {

    public StaffRota {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(breaks, "breaks");
        serviceIds = Set.copyOf(serviceIds);
        shifts = List.copyOf(shifts);
        timeOff = List.copyOf(timeOff);
        if (shifts.stream().map(Shift::date).distinct().count() < shifts.size()) {
            throw new IllegalArgumentException("stylist " + staffId + " has two one-off shifts on one date; give both"
                    + " ranges in one shift");
        }
    }

    /** Weekly hours only: no breaks, shifts or time off. */
    public static StaffRota weekly(String staffId, Set<String> serviceIds, WeeklyHours workingHours) {
        return new StaffRota(staffId, serviceIds, workingHours, WeeklyHours.none(), List.of(), List.of());
    }

    public boolean performs(String serviceId) {
        return serviceIds.contains(serviceId);
    }

    /** The one-off shift on {@code date}, if there is one. */
    Shift shiftOn(LocalDate date) {
        for (Shift shift : shifts) {
            if (shift.date().equals(date)) {
                return shift;
            }
        }
        return null;
    }
}
