package com.salondesk.syncserver.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.event.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Wire events of the kind desks push, built as JSON so tests can also break them. */
public final class TestEvents {

    private static final ObjectMapper JSON = Json.mapper();

    private TestEvents() {
    }

    /** A {@code booking.confirmed} event at a stream version, recorded by a device of a tenant. */
    public static ObjectNode bookingConfirmed(String tenantId, String deviceId, String streamId, long version) {
        return bookingConfirmed(UuidV7.next(), tenantId, deviceId, streamId, version);
    }

    public static ObjectNode bookingConfirmed(UUID id, String tenantId, String deviceId, String streamId, long version) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id.toString());
        e.put("type", "booking.confirmed");
        e.put("streamId", streamId);
        e.put("version", version);
        e.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        e.putObject("payload").put("bookingId", streamId.replace("booking-", ""));
        ObjectNode m = e.putObject("metadata");
        m.put("tenantId", tenantId);
        m.put("branchId", "soho");
        m.put("deviceId", deviceId);
        m.put("userId", "maria");
        m.put("correlationId", UuidV7.next().toString());
        m.put("schemaVersion", 1);
        return e;
    }
}
