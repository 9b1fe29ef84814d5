package com.salondesk.app.view;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Currency;
import java.util.Optional;

/**
 * Reads an amount of money a person typed, the desk's locale's way (12.50 in Britain, 12,50 in Germany; a currency
 * sign around it is allowed), to the currency's minor unit at most. Empty when the text is not such an amount.
 */
public final class Amounts {

    private Amounts() {
    }

    public static Optional<Money> read(String text, String currency) {
        if (text == null) {
            return Optional.empty();
        }
        String symbol = Currency.getInstance(currency).getSymbol(Texts.locale());
        String plain = text.replace(symbol, "").replace(currency, "").replace('\u00a0', ' ').strip();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Texts.locale()));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(plain, position);
        if (!(parsed instanceof BigDecimal amount) || position.getIndex() != plain.length()) {
            return Optional.empty();
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount, currency));
    }

    /** An example of an amount as {@link #read} takes it, for the words of an error. */
    public static String example(String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        DecimalFormat format = new DecimalFormat(digits == 0 ? "0" : "0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Texts.locale()));
        return format.format(new BigDecimal("12.5"));
    }
}
