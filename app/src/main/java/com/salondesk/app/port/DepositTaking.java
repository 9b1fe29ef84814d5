package com.salondesk.app.port;

import com.salondesk.domain.shared.Money;
import java.util.Optional;

/**
 * Takes a deposit on a booking at the desk: cash, an approved card, or a gift voucher; or records a card the
 * terminal declined. Each write returns once the ledger shows it, and throws the domain's rejection when a rule
 * says no.
 */
public interface DepositTaking {

    /** The currency the booking's branch takes and the deposits already paid on it. */
    DepositStart depositFor(String bookingId);

    void takeDeposit(String bookingId, PaymentEntry payment);

    void recordDeclinedDeposit(String bookingId, Money amount, String terminalReference);

    /** What is left on a gift voucher; empty for a code no voucher was sold under. */
    Optional<Money> voucherBalance(String code);

    /** What the deposit form starts from: the booking's price and what was paid on it already. */
    record DepositStart(String bookingId, String customerName, String serviceName, Money price, Money paid) {
    }
}
