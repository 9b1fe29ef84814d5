package com.salondesk.app.port;

import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import java.time.LocalDateTime;

/**
 * Makes and changes bookings for the person at the desk. Each call returns once the appointment book's read
 * model shows the change (read-your-writes), and throws the domain's rejection when a rule says no.
 */
public interface BookingCommands {

    /** Books and returns the new booking's id. */
    String book(NewBooking request);

    void confirm(String bookingId);

    void checkIn(String bookingId);

    void complete(String bookingId);

    /** Records that the customer did not come; the stylist's and the customer's time is free again. */
    void markNoShow(String bookingId);

    /** Takes a no-show back on the appointment's day; refused when its time has been booked meanwhile. */
    void undoNoShow(String bookingId);

    /** Cancels for a reason from the list, with the desk's own words (required for "other"). */
    void cancel(String bookingId, CancelReason reason);

    /**
     * Moves a booking to {@code staffId} from {@code start} to {@code end} (the branch's local time): another time,
     * another stylist, or a new length. Refused, with nothing recorded, when the new time breaks a booking rule or is
     * taken; moving it back is the undo.
     */
    void reschedule(String bookingId, String staffId, LocalDateTime start, LocalDateTime end);

    /** Changes what is booked ({@code serviceId}; null keeps it) and the desk's notes; times go by reschedule. */
    void change(String bookingId, String serviceId, String notes);
}
