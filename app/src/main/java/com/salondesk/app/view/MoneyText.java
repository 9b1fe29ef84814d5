package com.salondesk.app.view;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reads an amount a person typed into a form: "12.50" or "12,50" (a German desk's comma), no more decimals than the
 * currency has. A wrong amount is a message in the desk's language, never a rounded guess.
 */
public final class MoneyText {

    private MoneyText() {
    }

    /** The amount read, or the message to show beside the field. */
    public sealed interface Read {
    }

    public record Amount(Money money) implements Read {
    }

    public record Problem(String message) implements Read {
    }

    /** A positive amount in {@code currency}. */
    public static Read positive(String text, String currency) {
        Read read = any(text, currency);
        if (read instanceof Amount a && a.money().amount().signum() <= 0) {
            return new Problem(Texts.get("money.notPositive"));
        }
        return read;
    }

    /** Zero or more in {@code currency}. */
    public static Read any(String text, String currency) {
        String typed = text == null ? "" : text.strip().replace(" ", "");
        if (typed.isEmpty()) {
            return new Problem(Texts.get("money.required"));
        }
        if (!typed.matches("-?[0-9]+([.,][0-9]+)?")) {
            return new Problem(Texts.get("money.notANumber", text.strip()));
        }
        BigDecimal amount = new BigDecimal(typed.replace(',', '.'));
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        if (amount.scale() > digits) {
            return new Problem(Texts.get("money.tooManyDecimals", digits));
        }
        if (amount.signum() < 0) {
            return new Problem(Texts.get("money.notPositive"));
        }
        if (amount.precision() - amount.scale() > 12) {
            return new Problem(Texts.get("money.tooLarge"));
        }
        return new Amount(new Money(amount, currency));
    }
}
