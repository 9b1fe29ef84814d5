package com.salondesk.domain.voucher;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** Facts about one gift voucher; its stream guards the balance. */
public sealed interface VoucherEvent extends DomainEvent {

    /** Sold for {@code value}, paid by {@code paymentId} (purpose VOUCHER_SALE). */
    record Sold(String code, String branchId, Money value, String paymentId, String customerId, Instant at)
            implements VoucherEvent {
    }

    /** Part or all of the balance spent, by the voucher payment {@code paymentId}. */
    record Redeemed(String code, String branchId, Money amount, String paymentId, Instant at) implements VoucherEvent {
    }

    /** A refunded voucher payment puts its amount back on the voucher. */
    record RedemptionRefunded(String code, String paymentId, String refundId, Money amount, Instant at)
            implements VoucherEvent {
    }
}
