package com.salondesk.domain.stock;

import java.math.BigDecimal;
import java.util.Objects;

/** A quantity of one product, in the product's unit (a delivery line, an amount used, a change of level). */
public record StockLine(String productId, BigDecimal quantity) {
    public StockLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static StockLine of(String productId, String quantity) {
        return new StockLine(productId, new BigDecimal(quantity));
    }
}
