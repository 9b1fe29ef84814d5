package com.salondesk.domain.notification;

import java.time.Instant;

/** A message in the outbox at each stage: not queued, waiting to be sent, sent, given up. */
public sealed interface Notification {

    record None() implements Notification {
    }

    /**
     * Waiting to be sent: after {@code failedAttempts} failed attempts (the last with {@code lastError}), the next is
     * due at {@code dueAt}.
     */
    record Waiting(NotificationEvent.Queued queued, int failedAttempts, String lastError, Instant dueAt)
            implements Notification {
    }

    /** The mail server took it. */
    record Sent(NotificationEvent.Queued queued, String messageId, Instant at) implements Notification {
    }

    /** The desk stopped trying after {@code attempts} failures; a person may ask to send it again. */
    record GivenUp(NotificationEvent.Queued queued, int attempts, String lastError) implements Notification {
    }
}
