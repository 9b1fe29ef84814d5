package com.salondesk.domain.notification;

import java.time.Instant;

/** What the desk asks of a message in the outbox. Every command says when; a person's commands say who. */
public sealed interface NotificationCommand {
    String notificationId();

    /** Put a message in the outbox; {@link NotificationPolicy#prepare} makes this command. */
    record Queue(String notificationId, NotificationKind kind, Recipient recipient, RenderedMessage message,
                 String announcedEventId, String bookingId, String branchId, String customerId, Instant now)
            implements NotificationCommand {
    }

    /** The mail server accepted the message under {@code messageId}. */
    record RecordSent(String notificationId, String messageId, Instant now) implements NotificationCommand {
    }

    /**
     * An attempt failed with {@code error}; the next is due at {@code retryAt}, unless this was attempt
     * {@code maxAttempts}, after which the desk gives up.
     */
    record RecordFailure(String notificationId, String error, Instant retryAt, int maxAttempts, Instant now)
            implements NotificationCommand {
    }

    /**
     * Stop trying: the message cannot go ({@code reason}: the chain's server refused the event it announces), or a
     * give-up is decided again after a sync conflict. A sent or given-up message stays as it is.
     */
    record GiveUp(String notificationId, String reason, Instant now) implements NotificationCommand {
    }

    /** Try a failed or given-up message again, from its first attempt. */
    record RequestResend(String notificationId, String actor, Instant now) implements NotificationCommand {
    }
}
