package com.salondesk.domain.bookingsaga;

/** The steps of confirming a booking, in the order the saga takes them. */
public enum SagaStep {
    RESERVE_STOCK, TAKE_DEPOSIT, CONFIRM
}
