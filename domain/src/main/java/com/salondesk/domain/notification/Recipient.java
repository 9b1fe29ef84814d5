package com.salondesk.domain.notification;

import java.util.Objects;

/** Who a message goes to: the customer's e-mail address and the language they are written to in ({@code en}, {@code de}). */
public record Recipient(String email, String language) {
    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
