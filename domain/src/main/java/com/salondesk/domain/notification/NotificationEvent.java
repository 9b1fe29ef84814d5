package com.salondesk.domain.notification;

import com.salondesk.domain.shared.DomainEvent;
import java.time.Instant;

/** Facts in the life of one message to a customer (the outbox, {@code notification-<id>}); wire names in docs/events.md. */
public sealed interface NotificationEvent extends DomainEvent {
    String notificationId();

    /**
     * A message is waiting to be sent: {@code kind}, to {@code recipient} in {@code language}, with its words as
     * rendered when it was queued, announcing the event {@code announcedEventId} (it waits until the sync server has
     * accepted that event, where the desk syncs). {@code bookingId} may be empty (a message not about one booking).
     */
    record Queued(String notificationId, NotificationKind kind, String recipient, String language, String subject,
                  String body, String announcedEventId, String bookingId, String branchId, String customerId,
                  Instant at) implements NotificationEvent {
        public Queued {
            bookingId = bookingId == null ? "" : bookingId;
        }
    }

    /** The mail server accepted the message on attempt {@code attempt}, under the Message-ID {@code messageId}. */
    record Sent(String notificationId, String messageId, int attempt, Instant at) implements NotificationEvent {
    }

    /** Attempt {@code attempt} failed with {@code error}; the next is due at {@code retryAt}. */
    record AttemptFailed(String notificationId, int attempt, String error, Instant retryAt, Instant at)
            implements NotificationEvent {
    }

    /** After {@code attempts} failed attempts the desk stopped trying; a person may ask for it to be sent again. */
    record GivenUp(String notificationId, int attempts, String lastError, Instant at) implements NotificationEvent {
    }

    /** {@code by} asked for a failed message to be sent again: it is tried anew, from its first attempt. */
    record ResendRequested(String notificationId, String by, Instant at) implements NotificationEvent {
    }
}
