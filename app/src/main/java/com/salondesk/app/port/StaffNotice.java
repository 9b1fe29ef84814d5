package com.salondesk.app.port;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One piece of news for the staff: {@code kind}, about a booking of {@code customer} with {@code stylist} from
 * {@code start} (empty names when the desk does not know them yet); for {@link Kind#MANY_BOOKINGS}, how many bookings
 * a burst of news brought ({@code count}); for {@link Kind#LOW_STOCK}, the {@code product} and what is left
 * ({@code onHand}).
 */
public record StaffNotice(Kind kind, String customer, String stylist, Instant start, int count, String product,
                          BigDecimal onHand) {

    /** What the news is. */
    public enum Kind {
        NEW_BOOKING,
        CANCELLED_BOOKING,
        /** Many bookings at once (a desk catching up): one notice rather than a pile. */
        MANY_BOOKINGS,
        /** A product of this branch went below its low-stock threshold. */
        LOW_STOCK
    }

    public static StaffNotice booking(Kind kind, String customer, String stylist, Instant start) {
        return new StaffNotice(kind, customer, stylist, start, 1, "", null);
    }

    public static StaffNotice manyBookings(int count) {
        return new StaffNotice(Kind.MANY_BOOKINGS, "", "", null, count, "", null);
    }

    public static StaffNotice lowStock(String product, BigDecimal onHand) {
        return new StaffNotice(Kind.LOW_STOCK, "", "", null, 1, product, onHand);
    }
}
