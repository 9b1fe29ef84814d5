package com.salondesk.domain.customer;

/** A customer of the chain, before and after registration. */
public sealed interface Customer {
    record Unknown() implements Customer {
    }

    record Registered(String customerId, CustomerDetails details) implements Customer {
    }
}
