package com.salondesk.domain.notification;

/** What a message to a customer is about, and whether it serves the booking or markets the salon. */
public enum NotificationKind {
    BOOKING_CREATED(Purpose.SERVICE),
    BOOKING_CONFIRMED(Purpose.SERVICE),
    BOOKING_CANCELLED(Purpose.SERVICE),
    PAYMENT_RECEIPT(Purpose.SERVICE),
    /** The booking is confirmed with everything it needed (stock, deposit): the booking saga completed. */
    FINAL_CONFIRMATION(Purpose.SERVICE),
    /** An invitation to book again: marketing, sent only with the customer's consent. */
    RETURN_INVITATION(Purpose.MARKETING);

    /** Service messages are part of a booking the customer made; marketing needs their consent. */
    public enum Purpose {
        SERVICE,
        MARKETING
    }

    private final Purpose purpose;

    NotificationKind(Purpose purpose) {
        this.purpose = purpose;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** The name templates are kept under ({@code booking-created}). */
    public String templateKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
