package com.salondesk.domain.customer;

import com.salondesk.domain.shared.DomainEvent;

/** Facts about a customer. */
public sealed interface CustomerEvent extends DomainEvent {
    record Registered(String customerId, String name, String phone, String email, String notes,
                      boolean marketingConsent) implements CustomerEvent {
    }

    record DetailsChanged(String customerId, String name, String phone, String email, String notes,
                          boolean marketingConsent) implements CustomerEvent {
    }
}
