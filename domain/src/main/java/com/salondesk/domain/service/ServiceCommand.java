package com.salondesk.domain.service;

import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockLine;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a manager can ask of the service menu. */
public sealed interface ServiceCommand {
    record Add(String serviceId, String name, String category, int durationMinutes, Money price, Instant now)
            implements ServiceCommand {
    }

    record ChangePrice(String serviceId, Money price, Instant now) implements ServiceCommand {
    }

    /** The back-bar products one service uses (an empty list: none). */
    record ChangeProductsUsed(String serviceId, List<StockLine> products, Instant now) implements ServiceCommand {
        public ChangeProductsUsed {
            products = List.copyOf(products);
        }
    }

    /** The deposit asked at booking, paid within so many hours; a null amount asks none. */
    record ChangeDeposit(String serviceId, @Nullable Money amount, int payWithinHours, Instant now)
            implements ServiceCommand {
    }

    /** The service's phases (each a multiple of five minutes); the client's time becomes their sum but cleanup. */
    record ChangeTiming(String serviceId, int activeMinutes, int processingMinutes, int finishingMinutes,
                        int cleanupMinutes, Instant now) implements ServiceCommand {
    }

    /** The resources the service holds while the client is in (none: an empty list). */
    record ChangeResources(String serviceId, List<String> resourceIds, Instant now) implements ServiceCommand {
        public ChangeResources {
            resourceIds = List.copyOf(resourceIds);
        }
    }
}
