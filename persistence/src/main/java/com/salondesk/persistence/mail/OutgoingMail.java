package com.salondesk.persistence.mail;

import java.util.Objects;

/**
 * One e-mail as the desk sends it: {@code messageId} is the same on every attempt (derived from the outbox message),
 * so a mail client recognises a copy sent twice after a crash; {@code senderName} is shown beside the sender address.
 */
public record OutgoingMail(String messageId, String to, String language, String senderName, String subject,
                           String body) {
    public OutgoingMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        senderName = senderName == null ? "" : senderName;
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** The Message-ID of the outbox message {@code notificationId} sent from {@code fromAddress}: stable across attempts. */
    public static String messageIdFor(String notificationId, String fromAddress) {
        int at = fromAddress.lastIndexOf('@');
        String domain = at < 0 ? "salondesk.invalid" : fromAddress.substring(at + 1);
        return "<" + notificationId + ".salondesk@" + domain + ">";
    }
}
