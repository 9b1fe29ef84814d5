package com.salondesk.persistence.projection;

import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.checkout.LineKind;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.TakingsFigure;
import com.salondesk.persistence.desk.TillTables.TakingsPayments;
import com.salondesk.persistence.desk.TillTables.Tills;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * What payments and checkouts add to the till read model: the cash a desk takes or gives back counts in the till
 * open on that desk ({@code metadata.deviceId}), and every payment and checkout adds to its branch's figures for
 * the business day. The figure names are {@link TakingsFigure}'s.
 */
final class TakingsFigures {

    private TakingsFigures() {
    }

    static boolean handles(DomainEvent event) {
        return event instanceof PaymentEvent.Taken || event instanceof PaymentEvent.Refunded
                || event instanceof CheckoutEvent.Completed;
    }

    static void apply(DSLContext tx, RecordedEvent recorded, TillProjection tills, TillProjection.Batch days) {
        switch (recorded.event()) {
            case PaymentEvent.Taken t -> taken(tx, recorded, t, tills, days);
            case PaymentEvent.Refunded r -> refunded(tx, recorded, r, tills, days);
            case CheckoutEvent.Completed c -> completed(tx, c, tills, days);
            default -> {
            }
        }
    }

    private static void taken(DSLContext tx, RecordedEvent recorded, PaymentEvent.Taken t, TillProjection tills,
                              TillProjection.Batch days) {
        days.payments.put(t.paymentId(), new String[] {t.branchId(), t.purpose().name()});
        var day = tills.businessDay(tx, t.branchId(), t.at());
        String currency = t.amount().currency();
        BigDecimal amount = t.amount().amount();
        days.add(t.branchId(), day, TakingsFigure.taken(t.tender()), currency, amount, 1);
        switch (t.purpose()) {
            case DEPOSIT -> days.add(t.branchId(), day, TakingsFigure.DEPOSITS, currency, amount, 1);
            case VOUCHER_SALE -> days.add(t.branchId(), day, TakingsFigure.VOUCHERS_SOLD, currency, amount, 1);
            case CHECKOUT -> {
            }
        }
        if (t.tender() == Tender.VOUCHER) {
            days.add(t.branchId(), day, TakingsFigure.VOUCHERS_REDEEMED, currency, amount, 1);
        }
        if (t.tender() == Tender.CASH) {
            String till = days.openTillOf(tx, deviceOf(recorded));
            if (till != null) {
                days.move(till, Tills.CASH_TAKEN, recorded.position(), "SALE", amount, t.purpose().name(), "", t.at());
            }
        }
    }

    private static void refunded(DSLContext tx, RecordedEvent recorded, PaymentEvent.Refunded r, TillProjection tills,
                                 TillProjection.Batch days) {
        String[] payment = days.payments.get(r.paymentId());
        if (payment == null) {
            Record2<String, String> stored = tx.select(TakingsPayments.BRANCH_ID, TakingsPayments.PURPOSE)
                    .from(TakingsPayments.TABLE).where(TakingsPayments.PAYMENT_ID.eq(r.paymentId())).fetchOne();
            payment = stored == null ? null : new String[] {stored.value1(), stored.value2()};
        }
        if (payment != null) {
            String branchId = payment[0];
            var day = tills.businessDay(tx, branchId, r.at());
            days.add(branchId, day, TakingsFigure.refunded(r.tender()), r.amount().currency(), r.amount().amount(), 1);
            if (Purpose.DEPOSIT.name().equals(payment[1])) {
                days.add(branchId, day, TakingsFigure.DEPOSITS_REFUNDED, r.amount().currency(), r.amount().amount(), 1);
            }
        }
        if (r.tender() == Tender.CASH) {
            // The cash leaves the drawer of the desk that gave it back, whichever desk took the payment.
            String till = days.openTillOf(tx, deviceOf(recorded));
            if (till != null) {
                days.move(till, Tills.CASH_REFUNDED, recorded.position(), "REFUND", r.amount().amount(), r.reason(),
                        "", r.at());
            }
        }
    }

    private static void completed(DSLContext tx, CheckoutEvent.Completed c, TillProjection tills,
                                  TillProjection.Batch days) {
        var day = tills.businessDay(tx, c.branchId(), c.at());
        String currency = c.total().currency();
        days.add(c.branchId(), day, TakingsFigure.CHECKOUTS, currency, c.total().amount(), 1);
        days.add(c.branchId(), day, TakingsFigure.TAX, currency, c.tax().amount(), 1);
        BigDecimal tips = BigDecimal.ZERO;
        for (CheckoutLine line : c.lines()) {
            if (line.kind() == LineKind.TIP) {
                tips = tips.add(line.total().amount());
            }
        }
        if (tips.signum() != 0) {
            days.add(c.branchId(), day, TakingsFigure.TIPS, currency, tips, 1);
        }
    }

    private static String deviceOf(RecordedEvent recorded) {
        return recorded.envelope().metadata().deviceId();
    }
}
