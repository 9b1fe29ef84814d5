package com.salondesk.persistence.read;

import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A branch's business day in figures, as the day close shows and prints it: money taken and refunded per tender,
 * the checkouts' tax and tips, vouchers sold and redeemed, deposits, how many checkouts, and each till's cash
 * expected, counted and the difference. Amounts are in the branch's currency.
 */
public record DayCloseReport(String branchId, LocalDate businessDay, String currency, Map<Tender, Money> taken,
                             Map<Tender, Money> refunded, Money checkoutTotal, Money tax, Money tips,
                             Money vouchersSold, Money vouchersRedeemed, Money deposits, Money depositsRefunded,
                             long checkouts, List<TillView> tills) {

    public DayCloseReport {
        taken = Map.copyOf(taken);
        refunded = Map.copyOf(refunded);
        tills = List.copyOf(tills);
    }

    /** Everything taken less everything refunded, all tenders together. */
    public Money net() {
        var sum = taken.values().stream().map(Money::amount).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        var back = refunded.values().stream().map(Money::amount).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        return new Money(sum.subtract(back), currency);
    }
}
