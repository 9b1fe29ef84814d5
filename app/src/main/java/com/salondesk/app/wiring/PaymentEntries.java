package com.salondesk.app.wiring;

import com.salondesk.app.port.PaymentEntry;
import com.salondesk.persistence.command.Tendered;

/** A payment as a screen entered it, as the desk's payment commands take it. */
final class PaymentEntries {

    private PaymentEntries() {
    }

    static Tendered tendered(PaymentEntry entry) {
        return new Tendered(entry.tender(), entry.amount(), entry.cashReceived(), entry.cardReference(),
                entry.voucherCode());
    }
}
