package com.salondesk.domain.checkout;

import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;

/**
 * A line of a completed checkout: quantity × unit price = {@code total} (tax included), of which {@code tax} at
 * {@code taxPercent}, rounded to the currency's minor unit per line.
 */
public record CheckoutLine(LineKind kind, String reference, String description, BigDecimal quantity,
                           Money unitPrice, BigDecimal taxPercent, Money tax, Money total) {
}
