package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.TimeRange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The times one customer is booked on one day, by booking id, whoever the stylist. */
public record CustomerDay(Map<String, TimeRange> visits) {

    public CustomerDay {
        visits = Collections.unmodifiableMap(new LinkedHashMap<>(visits));
    }

    public static CustomerDay empty() {
        return new CustomerDay(Map.of());
    }

    /** The first visit of another booking that overlaps {@code slot}. */
    public Optional<TimeRange> clashWith(String bookingId, TimeRange slot) {
        return visits.entrySet().stream()
                .filter(e -> !e.getKey().equals(bookingId) && e.getValue().overlaps(slot))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    CustomerDay with(String bookingId, TimeRange slot) {
        Map<String, TimeRange> next = new LinkedHashMap<>(visits);
        next.put(bookingId, slot);
        return new CustomerDay(next);
    }

    CustomerDay without(String bookingId) {
        Map<String, TimeRange> next = new LinkedHashMap<>(visits);
        next.remove(bookingId);
        return new CustomerDay(next);
    }
}
