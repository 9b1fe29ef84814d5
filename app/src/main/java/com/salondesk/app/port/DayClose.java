package com.salondesk.app.port;

import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A branch's business day in figures: money taken and refunded per tender, checkouts with their tax and tips,
 * vouchers, deposits, the net, and each till's cash expected, counted and the difference.
 */
public record DayClose(String branchName, LocalDate day, Map<Tender, Money> taken, Map<Tender, Money> refunded,
                       Money net, long checkouts, Money checkoutTotal, Money tax, Money tips, Money vouchersSold,
                       Money vouchersRedeemed, Money deposits, Money depositsRefunded, List<TillSummary> tills) {

    public DayClose {
        taken = Map.copyOf(taken);
        refunded = Map.copyOf(refunded);
        tills = List.copyOf(tills);
    }
}
