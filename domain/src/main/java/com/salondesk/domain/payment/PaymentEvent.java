package com.salondesk.domain.payment;

import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** Facts about one payment; each payment is its own stream, so payments never conflict between desks. */
public sealed interface PaymentEvent extends DomainEvent {

    /**
     * Money taken. For cash, {@code cashReceived} is what the customer handed over and {@code change} what went
     * back ({@code amount} = received − change); for a card, {@code cardReference} is the terminal's approval
     * reference; for a voucher, {@code voucherCode} is the voucher it was redeemed from.
     */
    record Taken(String paymentId, String branchId, Purpose purpose, String bookingId, String checkoutId,
                 String customerId, Tender tender, Money amount, Money cashReceived, Money change,
                 String cardReference, String voucherCode, Instant at) implements PaymentEvent {
    }

    /** A card the terminal declined: no money moved, but the attempt is on record. */
    record Declined(String paymentId, String branchId, Purpose purpose, String bookingId, String checkoutId,
                    Money amount, String terminalReference, Instant at) implements PaymentEvent {
    }

    /** Money given back, a compensating record: the payment itself is never edited. */
    record Refunded(String paymentId, String refundId, Money amount, Tender tender, String reason, Instant at)
            implements PaymentEvent {
    }
}
