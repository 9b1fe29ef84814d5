package com.salondesk.domain.customer;

import java.time.Instant;

/** What the front desk can ask about a customer. */
public sealed interface CustomerCommand {
    record Register(String customerId, CustomerDetails details, Instant now) implements CustomerCommand {
    }

    record ChangeDetails(String customerId, CustomerDetails details, Instant now) implements CustomerCommand {
    }
}
