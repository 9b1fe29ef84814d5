package com.salondesk.domain.service;

import com.salondesk.domain.shared.Money;
import java.time.Duration;

/** A service on the menu, before and after it was added. */
public sealed interface SalonService {
    record NotOffered() implements SalonService {
    }

    record Offered(String serviceId, String name, String category, int durationMinutes, Money price)
            implements SalonService {
        public Duration duration() {
            return Duration.ofMinutes(durationMinutes);
        }
    }
}
