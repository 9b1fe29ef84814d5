package com.salondesk.domain.till;

import com.salondesk.domain.shared.Money;
import java.time.LocalDate;

/** A till at each stage of its day: not opened yet, open, closed. */
public sealed interface Till {

    record NotOpened() implements Till {
    }

    /** The drawer is in use; {@code opened} says where, for which day and with which float. */
    record Open(TillEvent.Opened opened) implements Till {
        public String currency() {
            return opened.openingFloat().currency();
        }

        public LocalDate businessDay() {
            return opened.businessDay();
        }
    }

    /** The day is over; nothing more goes in or out. */
    record Closed(TillEvent.Opened opened, Money counted, Money expected, Money difference) implements Till {
    }
}
