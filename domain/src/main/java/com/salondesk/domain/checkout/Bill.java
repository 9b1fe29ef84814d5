package com.salondesk.domain.checkout;

import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The priced bill of a checkout: each item's total and the tax it includes, and the sums. The checkout decider and
 * the checkout screen both price with this, so the total a person sees is the total recorded.
 */
public record Bill(List<CheckoutLine> lines, Money total, Money tax) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Bill {
        lines = List.copyOf(lines);
    }

    /** Prices {@code items} at the branch's {@code rates}; refuses an item that cannot be on a bill. */
    public static Bill of(List<CheckoutItem> items, TaxRates rates, String currency) {
        List<CheckoutLine> lines = new ArrayList<>();
        Money total = Amounts.zero(currency);
        Money tax = Amounts.zero(currency);
        for (CheckoutItem item : items) {
            CheckoutLine line = line(item, rates, currency);
            lines.add(line);
            total = Amounts.plus(total, line.total());
            tax = Amounts.plus(tax, line.tax());
        }
        return new Bill(lines, total, tax);
    }

    private static CheckoutLine line(CheckoutItem item, TaxRates rates, String currency) {
        if (item.kind() == null || item.description() == null || item.description().isBlank()) {
            throw new DomainRejection("checkout.description-required");
        }
        String description = item.description().strip();
        if (item.quantity() == null || item.quantity().signum() <= 0) {
            throw new DomainRejection("checkout.quantity-not-positive", description);
        }
        if (item.unitPrice() == null || item.unitPrice().isNegative()
                || item.kind() == LineKind.TIP && !Amounts.isPositive(item.unitPrice())) {
            throw new DomainRejection("checkout.price-not-valid", description);
        }
        if (!item.unitPrice().currency().equals(currency)) {
            throw new DomainRejection("checkout.wrong-currency", item.unitPrice(), currency);
        }
        BigDecimal percent = switch (item.kind()) {
            case SERVICE -> rates.percentFor(TaxRates.SERVICES);
            case RETAIL -> rates.percentFor(TaxRates.RETAIL);
            case TIP -> BigDecimal.ZERO;
        };
        Money total = Amounts.roundedHalfUp(item.unitPrice().amount().multiply(item.quantity()), currency);
        // Prices include tax: the tax in a gross amount g at p percent is g × p / (100 + p).
        BigDecimal taxAmount = total.amount().multiply(percent)
                .divide(HUNDRED.add(percent), MathContext.DECIMAL64);
        Money tax = Amounts.roundedHalfUp(taxAmount, currency);
        return new CheckoutLine(item.kind(), item.reference(), description, item.quantity(), item.unitPrice(),
                percent, tax, total);
    }
}
