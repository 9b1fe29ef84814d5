package com.salondesk.app.port;

import java.time.Instant;

/** One of this desk's events the sync server refused as invalid, with the server's reason. */
public record RefusedEvent(String eventId, String type, String streamId, Instant recordedAt, String reason) {
}
