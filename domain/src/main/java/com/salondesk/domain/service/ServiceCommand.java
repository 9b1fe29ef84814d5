package com.salondesk.domain.service;

import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** What a manager can ask of the service menu. */
public sealed interface ServiceCommand {
    record Add(String serviceId, String name, String category, int durationMinutes, Money price, Instant now)
            implements ServiceCommand {
    }

    record ChangePrice(String serviceId, Money price, Instant now) implements ServiceCommand {
    }
}
