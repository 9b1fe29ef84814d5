package com.salondesk.domain.booking;

import com.salondesk.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who is booked with whom, for which services, when, and at what total price. Services are done one
 * after another in the order listed.
 */
public record BookingDetails(String customerId, String branchId, String staffId, List<BookedService> services,
                             Instant start, Instant end, Money price) {
    public BookingDetails {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(price, "price");
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a booking holds at least one service");
        }
    }

    /** A booking for one service that fills the whole time, at the given price. */
    public static BookingDetails single(String customerId, String branchId, String staffId, String serviceId,
                                        Instant start, Instant end, Money price) {
        int minutes = (int) Math.max(1, Duration.between(start, end).toMinutes());
        return new BookingDetails(customerId, branchId, staffId, List.of(new BookedService(serviceId, minutes, price)),
                start, end, price);
    }

    /** The first (main) service; the appointment book shows it. */
    public String mainServiceId() {
        return services.getFirst().serviceId();
    }
}
