package com.salondesk.domain.voucher;

import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** What the front desk can ask of a gift voucher. */
public sealed interface VoucherCommand {

    record Sell(String code, String branchId, String currency, Money value, String paymentId, String customerId,
                String actor, Instant now) implements VoucherCommand {
    }

    record Redeem(String code, String branchId, Money amount, String paymentId, String actor, Instant now)
            implements VoucherCommand {
    }

    /** Put a refunded voucher payment back on the voucher. */
    record ReturnRedemption(String code, String paymentId, String refundId, Money amount, String actor, Instant now)
            implements VoucherCommand {
    }
}
