package com.salondesk.domain.product;

import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a manager can ask of the chain's product range. */
public sealed interface ProductCommand {
    String productId();

    record Add(String productId, String name, String sku, ProductKind kind, ProductUnit unit,
            @Nullable Money retailPrice, String actor, Instant now) implements ProductCommand {
    }

    record ChangePrice(String productId, Money retailPrice, String actor, Instant now) implements ProductCommand {
    }

    /** Warn when a branch's stock of the product falls to {@code threshold} or below; zero turns the warning off. */
    record SetLowStockThreshold(String productId, String branchId, BigDecimal threshold, String actor, Instant now)
            implements ProductCommand {
    }
}
