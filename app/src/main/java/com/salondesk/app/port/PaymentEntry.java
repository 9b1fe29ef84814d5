package com.salondesk.app.port;

import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;

/**
 * One payment as the front desk entered it: cash with what was handed over, a card the terminal approved with its
 * reference, or a gift voucher by its code.
 */
public record PaymentEntry(Tender tender, Money amount, Money cashReceived, String cardReference, String voucherCode) {
}
