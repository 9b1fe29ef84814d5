package com.salondesk.domain.booking;

import com.salondesk.domain.shared.Money;
import java.util.Objects;

/** One service within a booking (a booking may hold several: cut and colour), at the price it was booked. */
public record BookedService(String serviceId, int durationMinutes, Money price) {
    public BookedService {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(price, "price");
        if (durationMinutes < 1) {
            throw new IllegalArgumentException("a booked service takes at least a minute, not " + durationMinutes);
        }
    }
}
