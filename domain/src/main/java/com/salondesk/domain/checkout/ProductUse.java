package com.salondesk.domain.checkout;

import java.math.BigDecimal;

/** How much of a back-bar product the stylist says a booking's service actually used. */
public record ProductUse(String bookingId, String productId, BigDecimal quantity) {
}
