package com.salondesk.domain.service;

import com.salondesk.domain.availability.Phases;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockLine;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service on the menu, before and after it was added. */
public sealed interface SalonService {
    record NotOffered() implements SalonService {
    }

    /**
     * A service on the menu; {@code productsUsed} are the back-bar products one service uses (60 ml of a colour),
     * {@code deposit} what it asks for at booking (null: none).
     */
    record Offered(String serviceId, String name, String category, int durationMinutes, Money price,
            List<StockLine> productsUsed, @Nullable Deposit deposit, Phases phases, List<String> resourceIds)
            implements SalonService {
        public Offered {
            productsUsed = List.copyOf(productsUsed);
            // A service added before services had phases is its stylist's work from start to end.
            phases = phases == null ? Phases.simple(durationMinutes) : phases;
            resourceIds = resourceIds == null ? List.of() : List.copyOf(resourceIds);
        }

        /** A service whose stylist works on the client from start to end, needing no resource. */
        public Offered(String serviceId, String name, String category, int durationMinutes, Money price,
                       List<StockLine> productsUsed, @Nullable Deposit deposit) {
            this(serviceId, name, category, durationMinutes, price, productsUsed, deposit, null, List.of());
        }

        /** A service that uses no products and asks no deposit. */
        public Offered(String serviceId, String name, String category, int durationMinutes, Money price) {
            this(serviceId, name, category, durationMinutes, price, List.of(), null);
        }

        public Duration duration() {
            return Duration.ofMinutes(durationMinutes);
        }
    }
}
