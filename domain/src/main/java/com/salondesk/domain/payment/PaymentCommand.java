package com.salondesk.domain.payment;

import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** What the front desk (or the booking saga) can ask of a payment. */
public sealed interface PaymentCommand {

    /**
     * Take money in the branch's {@code currency}. For cash, {@code cashReceived} may be left out when the customer
     * paid the exact amount; for a card, {@code cardReference} is required; for a voucher, {@code voucherCode}.
     */
    record Take(String paymentId, String branchId, String currency, Purpose purpose, String bookingId,
                String checkoutId, String customerId, Tender tender, Money amount, Money cashReceived,
                String cardReference, String voucherCode, String actor, Instant now) implements PaymentCommand {
    }

    /** Record a card the terminal declined, with the terminal's reference. */
    record RecordDecline(String paymentId, String branchId, String currency, Purpose purpose, String bookingId,
                         String checkoutId, Money amount, String terminalReference, String actor, Instant now)
            implements PaymentCommand {
    }

    /**
     * Give back up to what is left of a payment, for a reason. A refund named by {@code refundId} is recorded once:
     * the same refund again changes nothing. Without one, the refund is named after the payment and its number.
     */
    record Refund(String paymentId, String refundId, Money amount, String reason, String actor, Instant now)
            implements PaymentCommand {
        public Refund(String paymentId, Money amount, String reason, String actor, Instant now) {
            this(paymentId, null, amount, reason, actor, now);
        }
    }
}
