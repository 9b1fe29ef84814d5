package com.salondesk.domain.checkout;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/** Facts about one checkout: what was sold and how it was paid. */
public sealed interface CheckoutEvent extends DomainEvent {

    /**
     * The checkout as completed: its lines (tax included in each total), the back-bar products the stylist says
     * were used, the payments toward it and what is left to pay ({@code balance}; zero when settled).
     */
    record Completed(String checkoutId, String branchId, String customerId, List<String> bookingIds,
                     List<CheckoutLine> lines, List<ProductUse> productsUsed, Money total, Money tax,
                     List<String> paymentIds, Money paid, Money balance, Instant at) implements CheckoutEvent {
        public Completed {
            bookingIds = List.copyOf(bookingIds);
            lines = List.copyOf(lines);
            productsUsed = List.copyOf(productsUsed);
            paymentIds = List.copyOf(paymentIds);
        }
    }

    /** A payment toward the open balance; {@code balance} is what is left after it. */
    record BalancePaid(String checkoutId, String paymentId, Money amount, Money balance, Instant at)
            implements CheckoutEvent {
    }
}
