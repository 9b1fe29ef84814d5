package com.salondesk.domain.product;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Facts about a product of the chain (a shampoo on the shelf, a colour tube at the basin). */
public sealed interface ProductEvent extends DomainEvent {
    String productId();

    record Added(String productId, String name, String sku, ProductKind kind, ProductUnit unit,
            @Nullable Money retailPrice) implements ProductEvent {
    }

    record PriceChanged(String productId, Money retailPrice) implements ProductEvent {
    }

    record LowStockThresholdSet(String productId, String branchId, BigDecimal threshold) implements ProductEvent {
    }
}
