package com.salondesk.persistence.read;

import com.salondesk.domain.notification.NotificationKind;
import java.time.Instant;

/** A message to a customer as the Messages screen shows it; {@code lastError} and {@code sentAt} are null until there is one. */
public record NotificationView(String notificationId, NotificationKind kind, String recipient, String language,
                               String subject, String bookingId, String branchId, String customerId, String deviceId,
                               NotificationStatus status, int failedAttempts, String lastError,
                               Instant queuedAt, Instant dueAt, Instant sentAt, Instant changedAt) {

    /** Whether a person may ask for it to be sent again: it failed at least once and was not sent. */
    public boolean canResend() {
        return status == NotificationStatus.GIVEN_UP || status == NotificationStatus.WAITING && failedAttempts > 0;
    }
}
