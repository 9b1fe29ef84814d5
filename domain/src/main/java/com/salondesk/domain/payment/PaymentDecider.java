package com.salondesk.domain.payment;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records payments: amounts positive and in the branch's currency, cash covering the amount (the change is
 * worked out here), a card approved with the terminal's reference, refunds never beyond what is left.
 */
public final class PaymentDecider implements Decider<PaymentCommand, Payment, PaymentEvent> {

    public static String streamId(String paymentId) {
        return "payment-" + paymentId;
    }

    @Override
    public Payment initialState() {
        return new Payment.None();
    }

    @Override
    public List<PaymentEvent> decide(PaymentCommand command, Payment state) {
        return switch (command) {
            case PaymentCommand.Take t -> {
                PaymentEvent.Taken taken = taken(t);
                yield switch (state) {
                    case Payment.None n -> List.of(taken);
                    case Payment.Taken p when sameTake(p.taken(), taken) -> List.of();
                    case Payment.Taken p -> throw new DomainRejection("payment.already-recorded", t.paymentId());
                    case Payment.Declined d -> throw new DomainRejection("payment.already-recorded", t.paymentId());
                };
            }
            case PaymentCommand.RecordDecline r -> {
                PaymentEvent.Declined declined = declined(r);
                yield switch (state) {
                    case Payment.None n -> List.of(declined);
                    case Payment.Declined d when declined.equals(withTime(d.declined(), r.now())) -> List.of();
                    case Payment.Declined d -> throw new DomainRejection("payment.already-recorded", r.paymentId());
                    case Payment.Taken p -> throw new DomainRejection("payment.already-recorded", r.paymentId());
                };
            }
            case PaymentCommand.Refund r -> switch (state) {
                case Payment.None n -> throw new DomainRejection("payment.not-found", r.paymentId());
                case Payment.Declined d -> throw new DomainRejection("payment.declined-not-refundable", r.paymentId());
                case Payment.Taken p when r.refundId() != null && p.refundIds().contains(r.refundId()) -> List.of();
                case Payment.Taken p -> List.of(refunded(r, p));
            };
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static PaymentCommand again(PaymentEvent event, String actor, Instant now) {
        return switch (event) {
            case PaymentEvent.Taken t -> new PaymentCommand.Take(t.paymentId(), t.branchId(), t.amount().currency(),
                    t.purpose(), t.bookingId(), t.checkoutId(), t.customerId(), t.tender(), t.amount(),
                    t.cashReceived(), t.cardReference(), t.voucherCode(), actor, t.at());
            case PaymentEvent.Declined d -> new PaymentCommand.RecordDecline(d.paymentId(), d.branchId(),
                    d.amount().currency(), d.purpose(), d.bookingId(), d.checkoutId(), d.amount(),
                    d.terminalReference(), actor, d.at());
            case PaymentEvent.Refunded r -> new PaymentCommand.Refund(r.paymentId(), r.refundId(), r.amount(),
                    r.reason(), actor, r.at());
        };
    }

    @Override
    public Payment evolve(Payment state, PaymentEvent event) {
        return switch (event) {
            case PaymentEvent.Taken t -> new Payment.Taken(t, Amounts.zero(t.amount().currency()), List.of());
            case PaymentEvent.Declined d -> new Payment.Declined(d);
            case PaymentEvent.Refunded r -> {
                if (!(state instanceof Payment.Taken p)) {
                    yield state;
                }
                List<String> ids = new ArrayList<>(p.refundIds());
                ids.add(r.refundId());
                yield new Payment.Taken(p.taken(), Amounts.plus(p.refunded(), r.amount()), ids);
            }
        };
    }

    private static PaymentEvent.Taken taken(PaymentCommand.Take t) {
        requirePurpose(t.purpose(), t.bookingId(), t.checkoutId());
        requireAmount(t.amount(), t.currency());
        if (t.tender() == null) {
            throw new DomainRejection("payment.tender-required");
        }
        return switch (t.tender()) {
            case CASH -> {
                Money received = t.cashReceived() == null ? t.amount() : t.cashReceived();
                if (!received.currency().equals(t.currency())) {
                    throw new DomainRejection("payment.wrong-currency", received, t.currency());
                }
                if (Amounts.compare(received, t.amount()) < 0) {
                    throw new DomainRejection("payment.cash-short", received, t.amount());
                }
                yield new PaymentEvent.Taken(t.paymentId(), t.branchId(), t.purpose(), t.bookingId(), t.checkoutId(),
                        t.customerId(), Tender.CASH, t.amount(), received, Amounts.minus(received, t.amount()), null,
                        null, t.now());
            }
            case CARD -> new PaymentEvent.Taken(t.paymentId(), t.branchId(), t.purpose(), t.bookingId(),
                    t.checkoutId(), t.customerId(), Tender.CARD, t.amount(), null, null,
                    terminalReference(t.cardReference()), null, t.now());
            case VOUCHER -> {
                if (t.purpose() == Purpose.VOUCHER_SALE) {
                    throw new DomainRejection("payment.voucher-for-voucher");
                }
                if (t.voucherCode() == null || t.voucherCode().isBlank()) {
                    throw new DomainRejection("payment.voucher-code-required");
                }
                // The code's form and balance are the voucher stream's to judge, in the same transaction.
                String code = t.voucherCode().strip();
                yield new PaymentEvent.Taken(t.paymentId(), t.branchId(), t.purpose(), t.bookingId(), t.checkoutId(),
                        t.customerId(), Tender.VOUCHER, t.amount(), null, null, null, code, t.now());
            }
        };
    }

    private static PaymentEvent.Declined declined(PaymentCommand.RecordDecline r) {
        requirePurpose(r.purpose(), r.bookingId(), r.checkoutId());
        requireAmount(r.amount(), r.currency());
        return new PaymentEvent.Declined(r.paymentId(), r.branchId(), r.purpose(), r.bookingId(), r.checkoutId(),
                r.amount(), terminalReference(r.terminalReference()), r.now());
    }

    private static PaymentEvent.Refunded refunded(PaymentCommand.Refund r, Payment.Taken p) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw new DomainRejection("payment.refund-reason-required");
        }
        requireAmount(r.amount(), p.taken().amount().currency());
        if (Amounts.compare(r.amount(), p.left()) > 0) {
            throw new DomainRejection("payment.refund-exceeds-payment", r.amount(), p.left());
        }
        String refundId = r.refundId() != null ? r.refundId() : r.paymentId() + "-refund-" + (p.refundIds().size() + 1);
        return new PaymentEvent.Refunded(r.paymentId(), refundId, r.amount(), p.taken().tender(), r.reason().strip(),
                r.now());
    }

    /** The same take again (a redelivered or repeated command) is recognised whatever its time. */
    private static boolean sameTake(PaymentEvent.Taken recorded, PaymentEvent.Taken again) {
        return recorded.equals(new PaymentEvent.Taken(again.paymentId(), again.branchId(), again.purpose(),
                again.bookingId(), again.checkoutId(), again.customerId(), again.tender(), again.amount(),
                again.cashReceived(), again.change(), again.cardReference(), again.voucherCode(), recorded.at()));
    }

    private static PaymentEvent.Declined withTime(PaymentEvent.Declined d, Instant at) {
        return new PaymentEvent.Declined(d.paymentId(), d.branchId(), d.purpose(), d.bookingId(), d.checkoutId(),
                d.amount(), d.terminalReference(), at);
    }

    private static void requirePurpose(Purpose purpose, String bookingId, String checkoutId) {
        if (purpose == null) {
            throw new DomainRejection("payment.purpose-required");
        }
        if (purpose == Purpose.DEPOSIT && (bookingId == null || bookingId.isBlank())) {
            throw new DomainRejection("payment.booking-required");
        }
        if (purpose == Purpose.CHECKOUT && (checkoutId == null || checkoutId.isBlank())) {
            throw new DomainRejection("payment.checkout-required");
        }
    }

    private static void requireAmount(Money amount, String currency) {
        if (amount == null || !Amounts.isPositive(amount)) {
            throw new DomainRejection("payment.amount-not-positive", amount == null ? "" : amount);
        }
        if (!amount.currency().equals(currency)) {
            throw new DomainRejection("payment.wrong-currency", amount, currency);
        }
    }

    private static String terminalReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new DomainRejection("payment.terminal-reference-required");
        }
        return reference.strip();
    }
}
