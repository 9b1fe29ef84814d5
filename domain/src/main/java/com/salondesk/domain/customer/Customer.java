package com.salondesk.domain.customer;

/** A customer of the chain, before and after registration. */
public sealed interface Customer {
    record Unknown() implements Customer {
    }

    record Registered(String customerId, CustomerDetails details) implements Customer {
    }

    /**
     * A duplicate record merged into another customer's: it keeps its details (its old bookings still name it)
     * but takes no new bookings and no changes; {@code survivorId} is the record that lives on.
     */
    record MergedInto(String customerId, CustomerDetails details, String survivorId, String survivorName)
            implements Customer {
    }
}
