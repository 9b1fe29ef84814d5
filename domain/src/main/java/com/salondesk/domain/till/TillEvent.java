package com.salondesk.domain.till;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Facts about one cash drawer's business day on one desk ({@code till-<tillId>}); wire names in docs/events.md. */
public sealed interface TillEvent extends DomainEvent {
    String tillId();

    /** The drawer was opened on desk {@code deviceId} of {@code branchId} for {@code businessDay} with a float. */
    record Opened(String tillId, String branchId, String deviceId, LocalDate businessDay, Money openingFloat,
                  String by, Instant at) implements TillEvent {
    }

    /** Cash put into the drawer that no sale brought (change from the bank, say), and why. */
    record CashIn(String tillId, Money amount, String reason, String by, Instant at) implements TillEvent {
    }

    /** Cash taken out of the drawer that no refund took (a bank run, window cleaner), and why. */
    record CashOut(String tillId, Money amount, String reason, String by, Instant at) implements TillEvent {
    }

    /**
     * The day was closed: the cash {@code counted} in the drawer against what the desk {@code expected}, and the
     * {@code difference} (counted − expected: negative when cash is missing). {@code denominations} is the count by
     * note and coin when the person counted that way, else empty.
     */
    record Closed(String tillId, Money counted, Money expected, Money difference, List<DenominationCount> denominations,
                  String by, Instant at) implements TillEvent {
        public Closed {
            denominations = denominations == null ? List.of() : List.copyOf(denominations);
        }
    }
}
