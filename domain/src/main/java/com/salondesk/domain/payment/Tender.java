package com.salondesk.domain.payment;

/** How the customer paid: cash in the drawer, a card on the stand-alone terminal, or a gift voucher. */
public enum Tender {
    CASH, CARD, VOUCHER
}
