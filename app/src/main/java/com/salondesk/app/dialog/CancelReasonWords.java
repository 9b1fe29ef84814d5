package com.salondesk.app.dialog;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.booking.CancelReason;

/** The cancel reasons as the front desk reads them in the list, in the desk's language. */
public final class CancelReasonWords {

    private CancelReasonWords() {
    }

    public static String say(CancelReason.Category category) {
        return Texts.get(switch (category) {
            case CUSTOMER_ASKED -> "cancelReason.customerAsked";
            case ILLNESS -> "cancelReason.illness";
            case SALON_CLOSED -> "cancelReason.salonClosed";
            case REBOOKED_ELSEWHERE -> "cancelReason.rebookedElsewhere";
            case OTHER -> "cancelReason.other";
        });
    }
}
