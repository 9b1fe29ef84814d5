package com.salondesk.domain.till;

import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;

/** How many notes or coins of one face value were counted in the drawer. */
public record DenominationCount(Money faceValue, int count) {

    /** What these notes or coins are worth together. */
    public Money total() {
        return new Money(faceValue.amount().multiply(BigDecimal.valueOf(count)), faceValue.currency());
    }
}
