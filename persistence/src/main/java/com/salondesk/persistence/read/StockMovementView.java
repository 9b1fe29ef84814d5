package com.salondesk.persistence.read;

import com.salondesk.domain.product.ProductUnit;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a stock event as the movements list shows it: what it did to on hand and to reserved, and its note
 * (the supplier's reference, the adjustment's reason, the amount counted, the checkout or booking, the reason a
 * reservation was let go of). {@code belowZero}: recorded although it took the product below zero.
 */
public record StockMovementView(long position, StockMovementKind kind, String branchId, String productId,
        String productName, @Nullable ProductUnit unit, BigDecimal onHandChange, BigDecimal reservedChange,
        String note, boolean belowZero, @Nullable String userId, Instant recordedAt) {
}
