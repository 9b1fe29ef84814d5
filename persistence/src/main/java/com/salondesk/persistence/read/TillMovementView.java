package com.salondesk.persistence.read;

import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** One movement of cash in a till, as its screen lists it. */
public record TillMovementView(Kind kind, Money amount, String reason, String by, Instant at) {

    /** Cash put in or taken out by a person, or moved by a cash sale or a cash refund. */
    public enum Kind {
        IN, OUT, SALE, REFUND
    }
}
