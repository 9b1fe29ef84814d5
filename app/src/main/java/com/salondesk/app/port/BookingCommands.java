package com.salondesk.app.port;

/**
 * Makes and changes bookings for the person at the desk. Each call returns once the appointment book's read
 * model shows the change (read-your-writes), and throws the domain's rejection when a rule says no.
 */
public interface BookingCommands {

    /** Books and returns the new booking's id. */
    String book(BookingRequest request);

    void confirm(String bookingId);

    void checkIn(String bookingId);

    void complete(String bookingId);

    void markNoShow(String bookingId);

    void cancel(String bookingId, String reason);
}
