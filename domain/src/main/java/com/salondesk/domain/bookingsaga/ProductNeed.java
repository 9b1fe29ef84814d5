package com.salondesk.domain.bookingsaga;

import java.math.BigDecimal;
import java.util.Objects;

/** A back-bar product a booked service uses, and how much (in the product's unit): what the saga reserves. */
public record ProductNeed(String productId, BigDecimal quantity) {
    public ProductNeed {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
    }
}
