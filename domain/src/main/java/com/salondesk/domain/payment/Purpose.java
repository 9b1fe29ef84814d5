package com.salondesk.domain.payment;

/** What a payment is for: a deposit on a booking, settling a checkout, or buying a gift voucher. */
public enum Purpose {
    DEPOSIT, CHECKOUT, VOUCHER_SALE
}
