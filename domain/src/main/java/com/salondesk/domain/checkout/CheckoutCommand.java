package com.salondesk.domain.checkout;

import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/** What the front desk can ask of a checkout. */
public sealed interface CheckoutCommand {

    /**
     * Complete a checkout of {@code items} at the branch's {@code rates} in its {@code currency}. {@code paymentIds}
     * are the payments toward it (taken now, and deposits already taken for its bookings), {@code paid} their sum.
     * A checkout paid less than its total is refused unless {@code leaveBalanceOpen}: then the balance stays on the
     * checkout for later payments ({@link PayBalance}).
     */
    record Complete(String checkoutId, String branchId, String currency, TaxRates rates, String customerId,
                    List<String> bookingIds, List<CheckoutItem> items, List<ProductUse> productsUsed,
                    List<String> paymentIds, Money paid, boolean leaveBalanceOpen, String actor, Instant now)
            implements CheckoutCommand {
        public Complete {
            bookingIds = List.copyOf(bookingIds);
            items = List.copyOf(items);
            productsUsed = List.copyOf(productsUsed);
            paymentIds = List.copyOf(paymentIds);
        }
    }

    /** A later payment toward a checkout's open balance. */
    record PayBalance(String checkoutId, String paymentId, Money amount, String actor, Instant now)
            implements CheckoutCommand {
    }
}
