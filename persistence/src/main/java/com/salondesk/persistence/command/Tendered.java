package com.salondesk.persistence.command;

import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;

/**
 * One way a customer pays (part of) an amount at the desk: cash with what was handed over (the change follows),
 * a card the terminal approved with its reference, or a gift voucher by its code.
 */
public record Tendered(Tender tender, Money amount, Money cashReceived, String cardReference, String voucherCode) {

    public static Tendered cash(Money amount, Money received) {
        return new Tendered(Tender.CASH, amount, received, null, null);
    }

    public static Tendered card(Money amount, String terminalReference) {
        return new Tendered(Tender.CARD, amount, null, terminalReference, null);
    }

    public static Tendered voucher(Money amount, String code) {
        return new Tendered(Tender.VOUCHER, amount, null, null, code);
    }
}
