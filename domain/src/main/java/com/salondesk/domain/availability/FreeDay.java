package com.salondesk.domain.availability;

/**
 * A stylist's free cells on one day (working, the branch open, no break, no time off, nothing booked) and the
 * longest run of them, so that a day with no room for a service is passed over with one comparison.
 */
record FreeDay(long[] cells, int longestRun) {

    static FreeDay of(long[] cells) {
        return new FreeDay(cells, Cells.longestRun(cells));
    }

    /** Whether some run of free cells is at least {@code length} long (any day has room for nothing at all). */
    boolean fits(int length) {
        return longestRun >= length;
    }
}
