package com.salondesk.domain.service;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockLine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Facts about a service on the menu (a cut, a colour, a manicure). */
public sealed interface ServiceEvent extends DomainEvent {
    record Added(String serviceId, String name, String category, int durationMinutes, Money price)
            implements ServiceEvent {
    }

    record PriceChanged(String serviceId, Money price) implements ServiceEvent {
    }

    record ProductsUsedChanged(String serviceId, List<StockLine> products) implements ServiceEvent {
        public ProductsUsedChanged {
            products = List.copyOf(products);
        }
    }

    /** A null amount: the service asks no deposit any more. */
    record DepositChanged(String serviceId, @Nullable Money amount, int payWithinHours) implements ServiceEvent {
    }
}
