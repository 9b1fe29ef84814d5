package com.salondesk.domain.branch;

import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.domain.availability.Closure;
import com.salondesk.domain.availability.Resource;
import com.salondesk.domain.shared.TimeRange;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a branch says about when it can be booked, beyond its weekly hours: the days or hours it is closed, how soon
 * and how far ahead a visit may be booked ({@code windowSet}: whether it ever said; a branch that never did books any
 * time, the past included, as before it could say), and the resources (basins, rooms, chairs) its services share.
 */
public record BranchRules(Map<String, BranchClosure> closures, int minimumNoticeMinutes, int furthestAheadDays,
                          Map<String, Resource> resources, boolean windowSet) {

    /** No notice needed, and bookings up to a year ahead: what every branch had before it said otherwise. */
    public static final int STANDARD_FURTHEST_AHEAD_DAYS = 366;

    public BranchRules {
        closures = Collections.unmodifiableMap(new LinkedHashMap<>(closures));
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    public static BranchRules standard() {
        return new BranchRules(Map.of(), 0, STANDARD_FURTHEST_AHEAD_DAYS, Map.of(), false);
    }

    /** The booking window as the availability engine counts it. */
    public BookingWindow window() {
        return new BookingWindow(Duration.ofMinutes(minimumNoticeMinutes), Duration.ofDays(furthestAheadDays));
    }

    /** The closures as the availability engine takes them. */
    public List<Closure> engineClosures() {
        return closures.values().stream().map(BranchClosure::closure).toList();
    }

    /** The closures on {@code date}. */
    public List<BranchClosure> closuresOn(LocalDate date) {
        return closures.values().stream().filter(c -> c.date().equals(date)).toList();
    }

    BranchRules withClosure(BranchClosure closure) {
        Map<String, BranchClosure> next = new LinkedHashMap<>(closures);
        next.put(closure.closureId(), closure);
        return new BranchRules(next, minimumNoticeMinutes, furthestAheadDays, resources, windowSet);
    }

    BranchRules withoutClosure(String closureId) {
        Map<String, BranchClosure> next = new LinkedHashMap<>(closures);
        next.remove(closureId);
        return new BranchRules(next, minimumNoticeMinutes, furthestAheadDays, resources, windowSet);
    }

    BranchRules withWindow(int notice, int furthest) {
        return new BranchRules(closures, notice, furthest, resources, true);
    }

    BranchRules withResource(Resource resource) {
        Map<String, Resource> next = new LinkedHashMap<>(resources);
        next.put(resource.resourceId(), resource);
        return new BranchRules(closures, minimumNoticeMinutes, furthestAheadDays, next, windowSet);
    }

    /** A closure of the branch: a whole day ({@code hours} null) or part of one, and why. */
    public record BranchClosure(String closureId, LocalDate date, @Nullable TimeRange hours, String reason) {

        public BranchClosure {
            Objects.requireNonNull(closureId, "closureId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }

        public Closure closure() {
            return hours == null ? Closure.wholeDay(date, reason) : Closure.part(date, hours, reason);
        }

        /** Whether the two close some of the same time. */
        boolean overlaps(BranchClosure other) {
            return date.equals(other.date)
                    && (hours == null || other.hours == null || hours.overlaps(other.hours));
        }
    }
}
