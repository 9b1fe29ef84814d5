package com.salondesk.app.view;

import com.salondesk.domain.shared.Money;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as a British front desk writes it: £55.00. */
public final class Prices {

    private Prices() {
    }

    public static String say(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }
}
