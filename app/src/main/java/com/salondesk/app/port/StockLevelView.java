package com.salondesk.app.port;

import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import java.math.BigDecimal;

/**
 * One product's stock at this desk's branch: on hand, held for bookings, available (on hand less reserved), the
 * branch's low-stock threshold (null: none) and whether it is low.
 */
public record StockLevelView(String productId, String name, String sku, ProductKind kind, ProductUnit unit,
        BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal threshold, boolean low) {
}
