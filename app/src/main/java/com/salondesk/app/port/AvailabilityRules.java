package com.salondesk.app.port;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When this desk's branch can be booked, as the Salon screens read and change it: its closures, booking window and
 * resources, its stylists' breaks, one-off shifts and time off, and the services' phases and resources. Reads and
 * writes block (call them off the FX thread); a broken rule throws the domain's rejection.
 */
public interface AvailabilityRules {

    /** A closure of the branch: all day ({@code from} and {@code to} null) or part of it. */
    record ClosureLine(String closureId, LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to,
                       String reason) {
    }

    /** Something the branch's services share, and how many clients it takes at once. */
    record ResourceLine(String resourceId, String name, int capacity) {
    }

    /** The branch's own rules. */
    record BranchRules(String branchName, List<ClosureLine> closures, int minimumNoticeMinutes,
                       int furthestAheadDays, List<ResourceLine> resources) {
    }

    /** Time off of a stylist, in the branch's local time. */
    record TimeOffLine(String timeOffId, LocalDateTime start, LocalDateTime end, String reason) {
    }

    /** A one-off shift: these hours on this date instead of the weekly ones (none: a day off). */
    record ShiftLine(LocalDate date, List<TimeRange> hours) {
    }

    /** A stylist of the branch with their hours, breaks, shifts and time off. */
    record StylistRules(String staffId, String name, WeeklyHours workingHours, WeeklyHours breaks,
                        List<ShiftLine> shifts, List<TimeOffLine> timeOff) {
    }

    /** A service's phases in minutes and the resources it needs. */
    record ServiceTiming(String serviceId, String name, int activeMinutes, int processingMinutes,
                         int finishingMinutes, int cleanupMinutes, List<String> resourceIds) {
    }

    BranchRules branchRules();

    List<StylistRules> stylists();

    List<ServiceTiming> services();

    void addClosure(LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to, String reason);

    void removeClosure(String closureId);

    void changeBookingWindow(int minimumNoticeMinutes, int furthestAheadDays);

    /** Adds the resource, or changes the name and capacity of the one with that id. */
    void putResource(String resourceId, String name, int capacity);

    void changeBreaks(String staffId, WeeklyHours breaks);

    void addShift(String staffId, LocalDate date, List<TimeRange> hours);

    void removeShift(String staffId, LocalDate date);

    void addTimeOff(String staffId, LocalDateTime start, LocalDateTime end, String reason);

    void removeTimeOff(String staffId, String timeOffId);

    void changeTiming(String serviceId, int activeMinutes, int processingMinutes, int finishingMinutes,
                      int cleanupMinutes);

    void changeResources(String serviceId, List<String> resourceIds);
}
