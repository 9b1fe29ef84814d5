package com.salondesk.app.port;

import java.time.Instant;

/** One event as the support screens show it: where it sits in the log and its payload as readable JSON. */
public record LoggedEvent(String type, String streamId, long version, Instant recordedAt, long position,
                          String payload) {
}
