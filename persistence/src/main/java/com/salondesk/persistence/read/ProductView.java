package com.salondesk.persistence.read;

import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.Money;
import org.jspecify.annotations.Nullable;

/** A product of the chain as the stock screens list it; {@code retailPrice} only for retail products. */
public record ProductView(String productId, String name, String sku, ProductKind kind, ProductUnit unit,
        @Nullable Money retailPrice) {
}
