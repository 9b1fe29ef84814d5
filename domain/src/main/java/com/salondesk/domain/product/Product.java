package com.salondesk.domain.product;

import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A product of the chain, before and after it was added. */
public sealed interface Product {
    record NotAdded() implements Product {
    }

    /**
     * A product in the chain's range; {@code retailPrice} only for retail products; {@code lowStockThresholds}
     * per branch id (a branch without one gets no low-stock warning).
     */
    record Added(String productId, String name, String sku, ProductKind kind, ProductUnit unit,
            @Nullable Money retailPrice, Map<String, BigDecimal> lowStockThresholds) implements Product {
        public Added {
            lowStockThresholds = Map.copyOf(lowStockThresholds);
        }
    }
}
