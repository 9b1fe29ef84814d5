package com.salondesk.persistence.read;

import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A till's day as the desk shows it: its float, cash in and out, the cash its desk took and gave back while it was
 * open, the cash {@link #expected() expected} in the drawer now, and once closed the counted cash and difference.
 */
public record TillView(String tillId, String branchId, String deviceId, LocalDate businessDay, Money openingFloat,
                       Money cashIn, Money cashOut, Money cashTaken, Money cashRefunded, Money counted,
                       Money expectedAtClose, Money difference, String openedBy, Instant openedAt, String closedBy,
                       Instant closedAt) {

    /** Float + cash in − cash out + cash taken − cash refunded: what should be in the drawer. */
    public Money expected() {
        return new Money(openingFloat.amount().add(cashIn.amount()).subtract(cashOut.amount())
                .add(cashTaken.amount()).subtract(cashRefunded.amount()), openingFloat.currency());
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
