package com.salondesk.domain.notification;

import java.util.Objects;

/** A message's subject and body in the words the customer will read. */
public record RenderedMessage(String subject, String body) {
    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
