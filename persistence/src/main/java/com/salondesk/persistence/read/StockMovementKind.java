package com.salondesk.persistence.read;

/** What a line of the stock movements list records. */
public enum StockMovementKind {
    /** A delivery came in (on hand up). */
    RECEIVED,
    /** A correction by hand, with a reason. */
    ADJUSTED,
    /** A stocktake: the difference between counted and expected. */
    COUNTED,
    /** Retail products sold at a checkout. */
    SOLD,
    /** Held for a booking (reserved up). */
    RESERVED,
    /** A booking's hold let go of (reserved down). */
    RELEASED,
    /** Used in a booking's service (on hand down, and reserved down for the part it had held). */
    USED
}
