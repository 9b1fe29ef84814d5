package com.salondesk.app.port;

import java.time.Instant;
import java.util.UUID;

/** An event a handler could not process (DEAD), or one waiting behind such an event (PARKED). */
public record DeadLetter(long id, String handler, UUID eventId, long position, String streamId, String eventType,
                         DeadLetterStatus status, String error, String cause, int attempts, Instant firstFailureAt,
                         Instant lastFailureAt, String resolution, Instant resolvedAt) {
}
