package com.salondesk.persistence.read;

import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One product's stock at one branch: on hand, held for bookings, what is left to promise ({@code available}, on
 * hand less reserved), and the branch's low-stock threshold (null: none). Low when available is at or below a
 * threshold above zero.
 */
public record StockLevelView(String branchId, String productId, String name, String sku, ProductKind kind,
        ProductUnit unit, BigDecimal onHand, BigDecimal reserved, @Nullable BigDecimal threshold) {

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    public boolean low() {
        return threshold != null && threshold.signum() > 0 && available().compareTo(threshold) <= 0;
    }
}
