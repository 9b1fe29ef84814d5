package com.salondesk.domain.attention;

/** How an entry on the Needs-attention list was dealt with. */
public enum Resolution {
    /** The booking moved to another time or stylist. */
    MOVED,
    /** The booking was kept where it was, as a deliberate overbooking. */
    OVERBOOKED,
    /** The booking was cancelled (and the customer told). */
    CANCELLED,
    /** A refused change was seen and acknowledged. */
    DISMISSED;

    /** Whether this is a way to deal with an entry of {@code kind}. */
    public boolean fits(AttentionKind kind) {
        return switch (kind) {
            case BOOKING_TIME_LOST -> this != DISMISSED;
            case CHANGE_REFUSED -> this == DISMISSED;
        };
    }
}
