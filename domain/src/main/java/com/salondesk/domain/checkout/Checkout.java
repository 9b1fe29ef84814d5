package com.salondesk.domain.checkout;

import com.salondesk.domain.shared.Money;
import java.util.List;

/** A checkout before and after it was completed. */
public sealed interface Checkout {

    record NotCompleted() implements Checkout {
    }

    /** Completed; {@code balance} is what is still to pay and {@code paymentIds} every payment toward it. */
    record Completed(CheckoutEvent.Completed completed, Money balance, List<String> paymentIds) implements Checkout {
        public Completed {
            paymentIds = List.copyOf(paymentIds);
        }
    }
}
