package com.salondesk.persistence.command;

import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.voucher.VoucherCode;
import com.salondesk.domain.voucher.VoucherCommand;
import com.salondesk.domain.voucher.VoucherDecider;
import com.salondesk.domain.voucher.VoucherEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps that take one payment: the payment's own stream and, for a gift voucher, the redemption on the
 * voucher's stream (which refuses an unknown code or more than the balance), in the same transaction.
 */
final class PaymentSteps {

    static final PaymentDecider PAYMENTS = new PaymentDecider();
    static final VoucherDecider VOUCHERS = new VoucherDecider();

    private PaymentSteps() {
    }

    /** Where the payment belongs: a booking's deposit, a checkout, or a voucher sale. */
    record For(String branchId, String currency, Purpose purpose, String bookingId, String checkoutId,
               String customerId) {
    }

    static List<Step<?, ?, ?>> take(String paymentId, For what, Tendered tendered, String actor, Instant now) {
        String code = tendered.tender() == Tender.VOUCHER ? VoucherCode.normalized(tendered.voucherCode())
                : tendered.voucherCode();
        List<Step<?, ?, ?>> steps = new ArrayList<>();
        steps.add(Step.on(PaymentDecider.streamId(paymentId), PAYMENTS, PaymentEvent.class,
                new PaymentCommand.Take(paymentId, what.branchId(), what.currency(), what.purpose(), what.bookingId(),
                        what.checkoutId(), what.customerId(), tendered.tender(), tendered.amount(),
                        tendered.cashReceived(), tendered.cardReference(), code, actor, now)));
        if (tendered.tender() == Tender.VOUCHER && code != null && !code.isBlank()) {
            steps.add(Step.on(VoucherDecider.streamId(code), VOUCHERS, VoucherEvent.class,
                    new VoucherCommand.Redeem(code, what.branchId(), tendered.amount(), paymentId, actor, now)));
        }
        return steps;
    }
}
