package com.salondesk.app.port;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One business day on the dashboard: its bookings by status, the revenue expected from those that stand (not
 * cancelled, not missed) and the revenue taken (payments less refunds), each amount one per currency.
 */
public record DayFigures(LocalDate date, Map<BookingStatus, Integer> bookingsByStatus, List<Money> expected,
                         List<Money> taken) {

    public DayFigures {
        EnumMap<BookingStatus, Integer> counts = new EnumMap<>(BookingStatus.class);
        for (BookingStatus status : BookingStatus.values()) {
            counts.put(status, bookingsByStatus.getOrDefault(status, 0));
        }
        bookingsByStatus = java.util.Collections.unmodifiableMap(counts);
        expected = List.copyOf(expected);
        taken = List.copyOf(taken);
    }

    public int count(BookingStatus status) {
        return bookingsByStatus.get(status);
    }

    /** The day's bookings that were not cancelled. */
    public int standing() {
        return bookingsByStatus.entrySet().stream().filter(e -> e.getKey() != BookingStatus.CANCELLED)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
