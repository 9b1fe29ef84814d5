package com.salondesk.app.port;

import com.salondesk.domain.shared.Money;
import java.time.Duration;

/** A service on the menu. */
public record ServiceView(String serviceId, String name, String category, int durationMinutes, Money price) {
    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
