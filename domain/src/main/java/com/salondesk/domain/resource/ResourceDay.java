package com.salondesk.domain.resource;

import com.salondesk.domain.shared.TimeRange;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bookings holding a unit of one resource on one day, by booking id. */
public record ResourceDay(Map<String, TimeRange> reservations) {

    public ResourceDay {
        reservations = Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
    }

    public static ResourceDay empty() {
        return new ResourceDay(Map.of());
    }

    /**
     * The first moment within {@code slot} at which {@code capacity} other bookings already hold a unit, if any. The
     * count only rises where a reservation starts, so those starts (and the slot's own) are the moments to look at.
     */
    public Optional<LocalTime> fullAt(String bookingId, TimeRange slot, int capacity) {
        List<TimeRange> others = reservations.entrySet().stream().filter(e -> !e.getKey().equals(bookingId))
                .map(Map.Entry::getValue).filter(r -> r.overlaps(slot)).toList();
        List<LocalTime> moments = new ArrayList<>(List.of(slot.start()));
        others.stream().map(TimeRange::start).filter(t -> t.isAfter(slot.start())).forEach(moments::add);
        moments.sort(null);
        for (LocalTime t : moments) {
            long inUse = others.stream().filter(r -> !r.start().isAfter(t) && r.end().isAfter(t)).count();
            if (inUse >= capacity) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    ResourceDay with(String bookingId, TimeRange slot) {
        Map<String, TimeRange> next = new LinkedHashMap<>(reservations);
        next.put(bookingId, slot);
        return new ResourceDay(next);
    }

    ResourceDay without(String bookingId) {
        Map<String, TimeRange> next = new LinkedHashMap<>(reservations);
        next.remove(bookingId);
        return new ResourceDay(next);
    }
}
