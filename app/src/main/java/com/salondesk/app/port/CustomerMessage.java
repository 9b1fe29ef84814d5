package com.salondesk.app.port;

import java.time.Instant;

/**
 * One message to a customer as the Messages screen shows it: to whom, what about ({@code kind}, the
 * {@code NotificationKind} by name), its subject, where it stands, how often it failed and why, and when it last
 * changed. {@code error} is empty when it never failed.
 */
public record CustomerMessage(String id, String recipient, String kind, String subject, Status status,
                              int failedAttempts, String error, Instant changedAt, boolean canResend) {

    /** Where a message stands. */
    public enum Status {
        WAITING,
        SENT,
        GIVEN_UP
    }
}
