package com.salondesk.app.port;

import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** One movement of cash in a till: put in or taken out by a person, a cash sale, a cash refund. */
public record TillMovement(Kind kind, Money amount, String reason, String by, Instant at) {

    public enum Kind {
        IN, OUT, SALE, REFUND
    }
}
