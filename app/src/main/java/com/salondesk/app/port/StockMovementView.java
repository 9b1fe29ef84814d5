package com.salondesk.app.port;

import com.salondesk.domain.product.ProductUnit;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a product's movements: what it did to on hand and to reserved, its note (supplier reference, reason,
 * amount counted, checkout or booking), whether it was recorded although it took the product below zero, and by whom.
 */
public record StockMovementView(Instant at, Kind kind, String productName, ProductUnit unit, BigDecimal onHandChange,
        BigDecimal reservedChange, String note, boolean belowZero, String userId) {

    /** What the line records. */
    public enum Kind {
        RECEIVED,
        ADJUSTED,
        COUNTED,
        SOLD,
        RESERVED,
        RELEASED,
        USED
    }
}
