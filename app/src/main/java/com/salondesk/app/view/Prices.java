package com.salondesk.app.view;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.shared.Money;
import java.text.NumberFormat;
import java.util.Currency;

/** Money in its own currency, written the desk's locale's way: £55.00 in Britain, 55,00 £ in Germany. */
public final class Prices {

    private Prices() {
    }

    public static String say(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Texts.locale());
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        // The locale's own currency may have other minor units (yen in a German desk: 0, not 2).
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount());
    }
}
