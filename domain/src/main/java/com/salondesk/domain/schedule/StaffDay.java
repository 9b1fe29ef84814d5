package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reservations in one stylist's day, by booking id, and the processing gaps inside some of them (the stylist free
 * while a colour develops), by the same id.
 */
public record StaffDay(Map<String, TimeRange> reservations, Map<String, TimeRange> processing) {

    public StaffDay {
        reservations = Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
        // Snapshots taken before reservations had processing gaps read back without them.
        processing = processing == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(processing));
    }

    /** A day whose reservations have no processing gaps. */
    public StaffDay(Map<String, TimeRange> reservations) {
        this(reservations, Map.of());
    }

    public static StaffDay empty() {
        return new StaffDay(Map.of());
    }

    /** The first reservation of another booking that overlaps {@code slot}, the stylist working all of it. */
    public Optional<Map.Entry<String, TimeRange>> clashWith(String bookingId, TimeRange slot) {
        return clashWith(bookingId, slot, null);
    }

    /**
     * The first reservation of another booking whose held time overlaps the time {@code slot} holds: neither holds
     * its processing gap, so one client's colour may develop while the stylist works on another.
     */
    public Optional<Map.Entry<String, TimeRange>> clashWith(String bookingId, TimeRange slot,
                                                           @Nullable TimeRange gap) {
        List<TimeRange> mine = held(slot, gap);
        return reservations.entrySet().stream()
                .filter(e -> !e.getKey().equals(bookingId))
                .filter(e -> held(e.getValue(), processing.get(e.getKey())).stream()
                        .anyMatch(theirs -> mine.stream().anyMatch(theirs::overlaps)))
                .findFirst();
    }

    /** The parts of {@code slot} the stylist works: all of it, or before and after its processing gap. */
    public static List<TimeRange> held(TimeRange slot, @Nullable TimeRange gap) {
        if (gap == null) {
            return List.of(slot);
        }
        List<TimeRange> parts = new ArrayList<>(2);
        if (gap.start().isAfter(slot.start())) {
            parts.add(new TimeRange(slot.start(), gap.start()));
        }
        if (slot.end().isAfter(gap.end())) {
            parts.add(new TimeRange(gap.end(), slot.end()));
        }
        return parts;
    }

    StaffDay with(String bookingId, TimeRange slot, @Nullable TimeRange gap) {
        Map<String, TimeRange> next = new LinkedHashMap<>(reservations);
        next.put(bookingId, slot);
        Map<String, TimeRange> gaps = new LinkedHashMap<>(processing);
        if (gap == null) {
            gaps.remove(bookingId);
        } else {
            gaps.put(bookingId, gap);
        }
        return new StaffDay(next, gaps);
    }

    StaffDay without(String bookingId) {
        Map<String, TimeRange> next = new LinkedHashMap<>(reservations);
        next.remove(bookingId);
        Map<String, TimeRange> gaps = new LinkedHashMap<>(processing);
        gaps.remove(bookingId);
        return new StaffDay(next, gaps);
    }
}
