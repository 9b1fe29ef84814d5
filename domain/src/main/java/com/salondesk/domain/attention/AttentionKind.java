package com.salondesk.domain.attention;

/** Why something needs a person's attention on the desk that lost. */
public enum AttentionKind {
    /** A booking lost its time to another desk's booking; it must be moved, kept as an overbooking or cancelled. */
    BOOKING_TIME_LOST,
    /** A change made on this desk was refused once the server's order was applied; a person acknowledges it. */
    CHANGE_REFUSED
}
