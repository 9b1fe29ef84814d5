package com.salondesk.domain.stock;

import java.math.BigDecimal;
import java.util.Objects;

/** One product's line of a stocktake: what the books said, what was counted, and the difference recorded. */
public record StockCount(String productId, BigDecimal expected, BigDecimal counted, BigDecimal difference) {
    public StockCount {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(difference, "difference");
    }
}
