package com.salondesk.domain.service;

import com.salondesk.domain.shared.Money;
import java.util.Objects;

/** The deposit a service asks for at booking, and how many hours the customer has to pay it. */
public record Deposit(Money amount, int payWithinHours) {
    public Deposit {
        Objects.requireNonNull(amount, "amount");
    }
}
