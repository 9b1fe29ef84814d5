package com.salondesk.domain.payment;

import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Exact arithmetic on {@link Money} for payments, checkouts and vouchers. Two amounts in different currencies are
 * never added or compared: the deciders refuse them first, so reaching here with a mix is a programming error.
 */
public final class Amounts {

    private Amounts() {
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money plus(Money a, Money b) {
        sameCurrency(a, b);
        return new Money(a.amount().add(b.amount()), a.currency());
    }

    public static Money minus(Money a, Money b) {
        sameCurrency(a, b);
        return new Money(a.amount().subtract(b.amount()), a.currency());
    }

    /** Negative, zero or positive as {@code a} is less than, equal to or more than {@code b}. */
    public static int compare(Money a, Money b) {
        sameCurrency(a, b);
        return a.amount().compareTo(b.amount());
    }

    public static boolean isPositive(Money money) {
        return money.amount().signum() > 0;
    }

    /**
     * {@code amount} rounded half-up to the currency's minor unit, as a till and a tax office round (Money's own
     * constructor rounds half-even, which is right for amounts read back but not for a computed tax).
     */
    public static Money roundedHalfUp(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new Money(amount.setScale(digits < 0 ? 2 : digits, RoundingMode.HALF_UP), currency);
    }

    private static void sameCurrency(Money a, Money b) {
        if (!a.currency().equals(b.currency())) {
            throw new IllegalArgumentException("cannot mix " + a + " and " + b);
        }
    }
}
