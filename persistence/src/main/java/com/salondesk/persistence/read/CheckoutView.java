package com.salondesk.persistence.read;

import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A completed checkout as the ledger keeps it: its bill, its payments and what is still to pay. */
public record CheckoutView(String checkoutId, String branchId, String customerId, List<String> bookingIds,
                           List<CheckoutLine> lines, List<String> paymentIds, Money total, Money tax, Money balance,
                           Instant at, LocalDate businessDate) {
    public CheckoutView {
        bookingIds = List.copyOf(bookingIds);
        lines = List.copyOf(lines);
        paymentIds = List.copyOf(paymentIds);
    }
}
