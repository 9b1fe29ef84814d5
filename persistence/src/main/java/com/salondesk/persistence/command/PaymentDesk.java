package com.salondesk.persistence.command;

import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.checkout.Checkout;
import com.salondesk.domain.checkout.CheckoutCommand;
import com.salondesk.domain.checkout.CheckoutDecider;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.payment.Payment;
import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.voucher.Voucher;
import com.salondesk.domain.voucher.VoucherCode;
import com.salondesk.domain.voucher.VoucherCommand;
import com.salondesk.domain.voucher.VoucherDecider;
import com.salondesk.domain.voucher.VoucherEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes money outside a checkout: deposits on bookings (cash, card or voucher; a declined card is recorded too),
 * refunds as compensating records (a voucher payment's refund goes back on the voucher), gift voucher sales, and
 * payments toward a checkout's open balance. Each runs as one command through {@link AggregateStore}; a payment
 * named by the caller is recorded once, however often the command is repeated.
 */
public final class PaymentDesk {

    private static final BookingDecider BOOKINGS = new BookingDecider();
    private static final BranchDecider BRANCHES = new BranchDecider();
    private static final CheckoutDecider CHECKOUTS = new CheckoutDecider();

    private final AggregateStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PaymentDesk(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A voucher sold: its code (to print for the customer) and the payment that bought it. */
    public record VoucherSale(String code, String paymentId) {
    }

    /** Takes a deposit for a booking under a new payment id, which it returns. */
    public String takeDeposit(EventContext context, String bookingId, Tendered tendered) {
        return takeDeposit(context, UuidV7.next().toString(), bookingId, tendered);
    }

    /**
     * Takes a deposit for a booking under {@code paymentId} (the saga names it, so a redelivered step takes nothing
     * twice); refused when the booking is unknown or the payment breaks a rule.
     */
    public String takeDeposit(EventContext context, String paymentId, String bookingId, Tendered tendered) {
        Booking.Existing booking = existingBooking(bookingId);
        var what = new PaymentSteps.For(booking.details().branchId(), currency(booking.details().branchId()),
                Purpose.DEPOSIT, bookingId, null, booking.details().customerId());
        store.execute(context, PaymentSteps.take(paymentId, what, tendered, context.userId(), clock.instant()));
        return paymentId;
    }

    /** Records a card the terminal declined for a booking's deposit, under a new payment id, which it returns. */
    public String recordDeclinedDeposit(EventContext context, String bookingId, Money amount, String terminalReference) {
        return recordDeclinedDeposit(context, UuidV7.next().toString(), bookingId, amount, terminalReference);
    }

    /** As {@link #recordDeclinedDeposit(EventContext, String, Money, String)}, under the caller's payment id. */
    public String recordDeclinedDeposit(EventContext context, String paymentId, String bookingId, Money amount,
                                        String terminalReference) {
        Booking.Existing booking = existingBooking(bookingId);
        String branchId = booking.details().branchId();
        store.execute(context, PaymentDecider.streamId(paymentId), PaymentSteps.PAYMENTS, PaymentEvent.class,
                new PaymentCommand.RecordDecline(paymentId, branchId, currency(branchId), Purpose.DEPOSIT, bookingId,
                        null, amount, terminalReference, context.userId(), clock.instant()));
        return paymentId;
    }

    /** Refunds up to what is left of a payment, for a reason; returns the refund's id. */
    public String refund(EventContext context, String paymentId, Money amount, String reason) {
        String refundId = UuidV7.next().toString();
        refund(context, paymentId, refundId, amount, reason);
        return refundId;
    }

    /**
     * Refunds under {@code refundId}: recorded once however often asked. A voucher payment's refund goes back on
     * the voucher in the same transaction.
     */
    public void refund(EventContext context, String paymentId, String refundId, Money amount, String reason) {
        Instant now = clock.instant();
        List<Step<?, ?, ?>> steps = new ArrayList<>();
        steps.add(Step.on(PaymentDecider.streamId(paymentId), PaymentSteps.PAYMENTS, PaymentEvent.class,
                new PaymentCommand.Refund(paymentId, refundId, amount, reason, context.userId(), now)));
        if (payment(paymentId) instanceof Payment.Taken taken && taken.taken().tender() == Tender.VOUCHER) {
            String code = taken.taken().voucherCode();
            steps.add(Step.on(VoucherDecider.streamId(code), PaymentSteps.VOUCHERS, VoucherEvent.class,
                    new VoucherCommand.ReturnRedemption(code, paymentId, refundId, amount, context.userId(), now)));
        }
        store.execute(context, steps);
    }

    /** Sells a gift voucher of {@code value} under a new code, paid by cash or card. */
    public VoucherSale sellVoucher(EventContext context, String branchId, Money value, Tendered payment,
                                   String customerId) {
        String code = VoucherCode.generate(random);
        String paymentId = UuidV7.next().toString();
        Instant now = clock.instant();
        String currency = currency(branchId);
        if (payment.amount() == null || value == null || !payment.amount().equals(value)) {
            throw new DomainRejection("voucher.paid-amount-differs", value == null ? "" : value,
                    payment.amount() == null ? "" : payment.amount());
        }
        List<Step<?, ?, ?>> steps = new ArrayList<>();
        steps.add(Step.onNew(VoucherDecider.streamId(code), PaymentSteps.VOUCHERS, VoucherEvent.class,
                new VoucherCommand.Sell(code, branchId, currency, value, paymentId, customerId, context.userId(),
                        now)));
        steps.addAll(PaymentSteps.take(paymentId,
                new PaymentSteps.For(branchId, currency, Purpose.VOUCHER_SALE, null, null, customerId), payment,
                context.userId(), now));
        store.execute(context, steps);
        return new VoucherSale(code, paymentId);
    }

    /** The voucher as its stream says (the balance is exact, not a read model's), or empty for an unknown code. */
    public Optional<Voucher.Sold> voucher(String code) {
        if (!VoucherCode.isValid(code)) {
            return Optional.empty();
        }
        Voucher voucher = store.load(VoucherDecider.streamId(code), PaymentSteps.VOUCHERS, VoucherEvent.class).state();
        return voucher instanceof Voucher.Sold sold ? Optional.of(sold) : Optional.empty();
    }

    /**
     * Pays toward a checkout's open balance under a new payment id, which it returns; refused beyond the balance.
     */
    public String payBalance(EventContext context, String checkoutId, Tendered tendered) {
        Checkout checkout = store.load(CheckoutDecider.streamId(checkoutId), CHECKOUTS, CheckoutEvent.class).state();
        if (!(checkout instanceof Checkout.Completed done)) {
            throw new DomainRejection("checkout.not-found", checkoutId);
        }
        CheckoutEvent.Completed completed = done.completed();
        String paymentId = UuidV7.next().toString();
        Instant now = clock.instant();
        List<Step<?, ?, ?>> steps = new ArrayList<>();
        steps.add(Step.on(CheckoutDecider.streamId(checkoutId), CHECKOUTS, CheckoutEvent.class,
                new CheckoutCommand.PayBalance(checkoutId, paymentId, tendered.amount(), context.userId(), now)));
        steps.addAll(PaymentSteps.take(paymentId, new PaymentSteps.For(completed.branchId(),
                completed.total().currency(), Purpose.CHECKOUT, null, checkoutId, completed.customerId()), tendered,
                context.userId(), now));
        store.execute(context, steps);
        return paymentId;
    }

    /** The payment as its stream says. */
    public Payment payment(String paymentId) {
        return store.load(PaymentDecider.streamId(paymentId), PaymentSteps.PAYMENTS, PaymentEvent.class).state();
    }

    private Booking.Existing existingBooking(String bookingId) {
        Booking booking = store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state();
        if (!(booking instanceof Booking.Existing existing)) {
            throw new DomainRejection("booking.not-found", bookingId);
        }
        return existing;
    }

    private String currency(String branchId) {
        Branch branch = store.load(BranchDecider.streamId(branchId), BRANCHES, BranchEvent.class).state();
        if (!(branch instanceof Branch.Open open)) {
            throw new DomainRejection("branch.not-found", branchId);
        }
        return open.currency();
    }
}
