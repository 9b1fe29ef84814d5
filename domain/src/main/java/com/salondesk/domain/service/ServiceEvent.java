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

    // ---- how a service spends its time (issue 12, rules) ----

    /**
     * The service's phases in minutes: the stylist works ({@code active}), the colour develops while the stylist is free
     * ({@code processing}), the stylist finishes, then tidies up after the client has gone ({@code cleanup}). The
     * service then takes the client {@code active + processing + finishing} minutes.
     */
    record TimingChanged(String serviceId, int activeMinutes, int processingMinutes, int finishingMinutes,
                         int cleanupMinutes) implements ServiceEvent {
    }

    /** The resources (by id, as each branch names them: "basin") the service holds while the client is in. */
    record ResourcesChanged(String serviceId, List<String> resourceIds) implements ServiceEvent {
        public ResourcesChanged {
            resourceIds = resourceIds.stream().sorted().distinct().toList();
        }
    }
}
