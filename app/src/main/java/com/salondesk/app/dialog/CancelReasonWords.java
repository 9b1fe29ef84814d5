package com.salondesk.app.dialog;

import com.salondesk.domain.booking.CancelReason;

/** The cancel reasons as the front desk reads them in the list. */
public final class CancelReasonWords {

    private CancelReasonWords() {
    }

    public static String say(CancelReason.Category category) {
        return switch (category) {
            case CUSTOMER_ASKED -> "Customer asked";
            case ILLNESS -> "Illness";
            case SALON_CLOSED -> "Salon closed";
            case REBOOKED_ELSEWHERE -> "Rebooked elsewhere";
            case OTHER -> "Other reason";
        };
    }
}
