package com.salondesk.domain.booking;

import java.time.Instant;

/** What the front desk can ask of a booking. Every command names who asks and when. */
public sealed interface BookingCommand {
    String bookingId();

    record Request(String bookingId, BookingDetails details, String actor, Instant now) implements BookingCommand {
    }

    record Confirm(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    record CheckIn(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    record Complete(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    record MarkNoShow(String bookingId, String actor, Instant now) implements BookingCommand {
    }

    record Cancel(String bookingId, String reason, String actor, Instant now) implements BookingCommand {
    }
}
