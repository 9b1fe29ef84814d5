package com.salondesk.domain.checkout;

import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;

/**
 * One thing on the bill as the front desk enters it, before tax is worked out: {@code reference} is the service,
 * product or (for a tip) the stylist it is for; {@code unitPrice} includes tax.
 */
public record CheckoutItem(LineKind kind, String reference, String description, BigDecimal quantity,
                           Money unitPrice) {

    public static CheckoutItem service(String serviceId, String name, Money price) {
        return new CheckoutItem(LineKind.SERVICE, serviceId, name, BigDecimal.ONE, price);
    }

    public static CheckoutItem retail(String productId, String name, BigDecimal quantity, Money unitPrice) {
        return new CheckoutItem(LineKind.RETAIL, productId, name, quantity, unitPrice);
    }

    public static CheckoutItem tip(String staffId, String description, Money amount) {
        return new CheckoutItem(LineKind.TIP, staffId, description, BigDecimal.ONE, amount);
    }
}
