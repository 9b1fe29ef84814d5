package com.salondesk.persistence.read;

import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One payment in the ledger: taken (with what was refunded of it) or declined. {@code reference} is the card
 * terminal's reference; {@code cashReceived} and {@code change} are set for cash only; {@code deviceId} is the desk
 * that took it (the till counts its own).
 */
public record PaymentView(String paymentId, String branchId, String deviceId, Purpose purpose, String bookingId,
                          String checkoutId, String customerId, Tender tender, boolean declined, Money amount,
                          Money cashReceived, Money change, String reference, String voucherCode, Money refunded,
                          Instant at, LocalDate businessDate) {

    /** What can still be refunded; nothing for a declined card. */
    public Money left() {
        return declined ? Amounts.zero(amount.currency()) : Amounts.minus(amount, refunded);
    }
}
