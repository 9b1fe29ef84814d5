package com.salondesk.persistence.read;

import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A branch's takings on one business day, per way of paying: taken, refunded, and the difference ({@code net}).
 * Declined cards are not takings and are left out.
 */
public record DayTakings(String branchId, LocalDate date, String currency, List<ByTender> byTender, Money net) {

    public DayTakings {
        byTender = List.copyOf(byTender);
    }

    /** One way of paying on the day: how many payments, what they took, what went back, and the difference. */
    public record ByTender(Tender tender, int payments, Money taken, Money refunded, Money net) {
    }
}
