package com.salondesk.persistence.read;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One business day's figures for a branch or the chain: the day's bookings by where they stand, the revenue expected
 * from those that still stand (booked services' prices, cancellations and no-shows left out) and the revenue taken
 * (payments less refunds; paying with a gift voucher is left out, its money was taken when the voucher was sold).
 * Amounts are one per currency, sorted by currency code (a chain whose branches use different currencies has more
 * than one).
 */
public record DashboardDay(LocalDate date, Map<BookingStatus, Integer> bookingsByStatus, List<Money> expected,
                           List<Money> taken) {

    public DashboardDay {
        EnumMap<BookingStatus, Integer> counts = new EnumMap<>(BookingStatus.class);
        for (BookingStatus status : BookingStatus.values()) {
            counts.put(status, bookingsByStatus.getOrDefault(status, 0));
        }
        bookingsByStatus = java.util.Collections.unmodifiableMap(counts);
        expected = List.copyOf(expected);
        taken = List.copyOf(taken);
    }

    /** How many of the day's bookings are at {@code status}. */
    public int count(BookingStatus status) {
        return bookingsByStatus.get(status);
    }

    /** The day's bookings that were not cancelled: what the book shows for the day. */
    public int standing() {
        return bookingsByStatus.entrySet().stream().filter(e -> e.getKey() != BookingStatus.CANCELLED)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
