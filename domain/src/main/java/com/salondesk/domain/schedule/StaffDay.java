package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The reservations in one stylist's day, by booking id. */
public record StaffDay(Map<String, TimeRange> reservations) {

    public StaffDay {
        reservations = Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
    }

    public static StaffDay empty() {
        return new StaffDay(Map.of());
    }

    /** The first reservation of another booking that overlaps {@code slot}. */
    public Optional<Map.Entry<String, TimeRange>> clashWith(String bookingId, TimeRange slot) {
        return reservations.entrySet().stream()
                .filter(e -> !e.getKey().equals(bookingId) && e.getValue().overlaps(slot))
                .findFirst();
    }

    StaffDay with(String bookingId, TimeRange slot) {
        Map<String, TimeRange> next = new LinkedHashMap<>(reservations);
        next.put(bookingId, slot);
        return new StaffDay(next);
    }

    StaffDay without(String bookingId) {
        Map<String, TimeRange> next = new LinkedHashMap<>(reservations);
        next.remove(bookingId);
        return new StaffDay(next);
    }
}
