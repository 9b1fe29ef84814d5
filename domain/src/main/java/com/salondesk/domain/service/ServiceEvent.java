package com.salondesk.domain.service;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;

/** Facts about a service on the menu (a cut, a colour, a manicure). */
public sealed interface ServiceEvent extends DomainEvent {
    record Added(String serviceId, String name, String category, int durationMinutes, Money price)
            implements ServiceEvent {
    }

    record PriceChanged(String serviceId, Money price) implements ServiceEvent {
    }
}
