package com.salondesk.app.wiring;

import com.salondesk.app.port.DepositTaking;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.voucher.Voucher;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.read.PaymentView;
import java.util.Optional;
import java.util.function.Supplier;

/** Deposits taken through the desk's payment commands, as the person at the desk. */
final class DeskDeposits implements DepositTaking {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;

    DeskDeposits(DeskBackEnd local, Supplier<EventContext> command) {
        this.local = local;
        this.command = command;
    }

    @Override
    public DepositStart depositFor(String bookingId) {
        BookingView booking = local.queries().booking(bookingId)
                .orElseThrow(() -> new DomainRejection("booking.not-found", bookingId));
        Money paid = Amounts.zero(booking.price().currency());
        for (PaymentView deposit : local.paymentQueries().depositsToCount(bookingId)) {
            paid = Amounts.plus(paid, deposit.left());
        }
        return new DepositStart(bookingId, booking.customerName(), booking.serviceName(), booking.price(), paid);
    }

    @Override
    public void takeDeposit(String bookingId, PaymentEntry payment) {
        Writes.run(local, () -> local.payments().takeDeposit(command.get(), bookingId,
                PaymentEntries.tendered(payment)));
    }

    @Override
    public void recordDeclinedDeposit(String bookingId, Money amount, String terminalReference) {
        Writes.run(local, () -> local.payments().recordDeclinedDeposit(command.get(), bookingId, amount,
                terminalReference));
    }

    @Override
    public Optional<Money> voucherBalance(String code) {
        return local.payments().voucher(code).map(Voucher.Sold::balance);
    }
}
