package com.salondesk.app.port;

/** Which dead letters to list; a {@code null} part matches everything, {@code text} searches stream and error. */
public record DeadLetterFilter(String handler, DeadLetterStatus status, String eventType, String text) {

    public static DeadLetterFilter open() {
        return new DeadLetterFilter(null, null, null, null);
    }
}
