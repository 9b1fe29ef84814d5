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

    /**
     * This customer took over the duplicate record {@code mergedCustomerId} (its bookings now count as this
     * customer's); the details are the ones chosen to survive the merge.
     */
    record Merged(String customerId, String mergedCustomerId, String name, String phone, String email, String notes,
                  boolean marketingConsent) implements CustomerEvent {
    }

    /** This record was a duplicate and was merged into {@code survivorId}'s; it takes no new bookings. */
    record MergedInto(String customerId, String survivorId, String survivorName) implements CustomerEvent {
    }
}
