package com.salondesk.app.port;

import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A till's day as its screen shows it: the running cash figures, the cash {@code expected} in the drawer now (or,
 * once closed, as recorded), and after the close the counted cash and the difference (null while open).
 */
public record TillSummary(String tillId, String deviceId, LocalDate businessDay, Money openingFloat, Money cashIn,
                          Money cashOut, Money cashTaken, Money cashRefunded, Money expected, Money counted,
                          Money difference, String openedBy, Instant openedAt, Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
