package com.salondesk.domain.stock;

/** What a line of a product's stock history records: a movement of stock on hand, or of a booking's reservation. */
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
