package com.salondesk.domain.booking;

/** The stages of a booking, as the appointment book shows them. */
public enum BookingStatus {
    REQUESTED, CONFIRMED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

    /** Whether nothing more happens to the booking: it was completed, cancelled or missed. */
    public boolean isOver() {
        return this == COMPLETED || this == CANCELLED || this == NO_SHOW;
    }

    /** Whether the booking still holds its time in the stylist's day. */
    public boolean holdsTime() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
