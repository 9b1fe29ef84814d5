package com.salondesk.domain.booking;

import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** Who is booked with whom, for what, when, and at what price. */
public record BookingDetails(String customerId, String branchId, String staffId, String serviceId,
                             Instant start, Instant end, Money price) {
    public BookingDetails {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(price, "price");
    }
}
