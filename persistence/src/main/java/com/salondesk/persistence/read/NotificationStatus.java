package com.salondesk.persistence.read;

/** Where a message to a customer stands. */
public enum NotificationStatus {
    /** Waiting to be sent: not tried yet, or tried and due again (its failed attempts say so). */
    WAITING,
    /** The mail server took it. */
    SENT,
    /** The desk stopped trying; a person may ask to send it again. */
    GIVEN_UP
}
