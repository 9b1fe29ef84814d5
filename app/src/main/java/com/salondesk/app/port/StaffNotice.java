package com.salondesk.app.port;

import java.time.Instant;

/**
 * One piece of news for the staff: {@code kind}, about a booking of {@code customer} with {@code stylist} from
 * {@code start} (empty names when the desk does not know them yet), or, for {@link Kind#MANY_BOOKINGS}, how many
 * bookings a burst of news brought ({@code count}).
 */
public record StaffNotice(Kind kind, String customer, String stylist, Instant start, int count) {

    /** What the news is. */
    public enum Kind {
        NEW_BOOKING,
        CANCELLED_BOOKING,
        /** Many bookings at once (a desk catching up): one notice rather than a pile. */
        MANY_BOOKINGS
    }
}
