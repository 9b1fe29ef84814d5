package com.salondesk.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency, kept to the currency's minor unit. Never a double. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(minorUnitDigits(currency), RoundingMode.HALF_EVEN);
    }

    /** Decimal places of the currency's minor unit (2 for GBP, 0 for JPY, 3 for BHD). */
    private static int minorUnitDigits(String currency) {
        if (!isThreeCapitals(currency)) {
            throw notIso(currency);
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            // Codes without a minor unit (XXX, XAU) have -1; keep them to hundredths like most currencies.
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            throw notIso(currency);
        }
    }

    /** Every amount read from the log passes here; a character check costs far less than a regex. */
    private static boolean isThreeCapitals(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException notIso(String currency) {
        return new IllegalArgumentException("currency must be an ISO 4217 code, was '" + currency + "'");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
