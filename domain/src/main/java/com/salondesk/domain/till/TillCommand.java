package com.salondesk.domain.till;

import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a person at the desk asks of a till. */
public sealed interface TillCommand {
    String tillId();

    /** Open the drawer for the day with {@code openingFloat} in it. */
    record Open(String tillId, String branchId, String deviceId, LocalDate businessDay, Money openingFloat,
                String actor, Instant now) implements TillCommand {
    }

    /** Put cash into the drawer, for {@code reason}. */
    record PutIn(String tillId, Money amount, String reason, String actor, Instant now) implements TillCommand {
    }

    /** Take cash out of the drawer, for {@code reason}. */
    record TakeOut(String tillId, Money amount, String reason, String actor, Instant now) implements TillCommand {
    }

    /**
     * Close the day: the cash {@code counted} against the cash the desk {@code expected} (from the till's read model,
     * as the person saw it). When {@code denominations} is not empty, it must add up to {@code counted}.
     */
    record Close(String tillId, Money counted, Money expected, List<DenominationCount> denominations, String actor,
                 Instant now) implements TillCommand {
        public Close {
            denominations = denominations == null ? List.of() : List.copyOf(denominations);
        }
    }
}
